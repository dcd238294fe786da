package io.github.outlookcontacts.camel.dataformat;

import org.apache.camel.spi.Metadata;

/**
 * Header names of the {@code vcard} and {@code outlook-csv} data formats.
 */
public final class ContactDataFormatConstants {

    @Metadata(description = "vcard marshal: the photo (byte[]) of the single Contact in the body, for example the"
                            + " result of the getPhoto operation; written as PHOTO.",
              javaType = "byte[]")
    public static final String PHOTO = "CamelOutlookContactsPhoto";

    @Metadata(description = "Lenient unmarshal: the malformed records that were skipped, as a"
                            + " List<DataFormatProblem>; absent when there were none.",
              javaType = "java.util.List<io.github.outlookcontacts.camel.dataformat.support.DataFormatProblem>")
    public static final String PROBLEMS = "CamelOutlookContactsDataFormatProblems";

    private ContactDataFormatConstants() {
    }
}
