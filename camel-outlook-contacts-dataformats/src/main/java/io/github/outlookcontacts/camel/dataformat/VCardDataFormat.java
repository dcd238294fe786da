package io.github.outlookcontacts.camel.dataformat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ezvcard.VCardVersion;
import io.github.outlookcontacts.camel.dataformat.support.ContactCard;
import io.github.outlookcontacts.camel.dataformat.support.RecordProblems;
import io.github.outlookcontacts.camel.dataformat.support.TextInput;
import io.github.outlookcontacts.camel.dataformat.vcard.VCardCodec;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.spi.DataFormatName;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Dataformat;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Marshal Outlook contacts to vCard 4.0 (or 3.0) and unmarshal vCard 2.1, 3.0 and 4.0 to contacts.
 */
@Dataformat(VCardDataFormat.NAME)
@Metadata(firstVersion = "0.1.0", title = "vCard (Outlook contacts)", label = "dataformat,transformation",
          description = "Marshal Outlook contacts to vCard 4.0 or 3.0 and unmarshal vCard 2.1, 3.0 and 4.0 to"
                        + " contacts.")
@Configurer
public class VCardDataFormat extends ServiceSupport implements DataFormat, DataFormatName {

    public static final String NAME = "vcard";
    private static final String MEDIA_TYPE = "text/vcard;charset=UTF-8";

    @Metadata(description = "The vCard version to marshal to; unmarshal reads every version whatever this says.",
              defaultValue = "4.0", enums = "4.0,3.0")
    private String version = "4.0";
    @Metadata(description = "Unmarshal: skip malformed cards and list them in the CamelOutlookContactsDataFormatProblems"
                            + " header instead of failing the whole message.",
              defaultValue = "false")
    private boolean lenient;
    @Metadata(description = "Unmarshal to a List of ContactCard (contact plus PHOTO bytes) instead of a List of"
                            + " Contact, which has no place for a photo.",
              defaultValue = "false")
    private boolean withPhotos;
    @Metadata(description = "Marshal: set the Content-Type header to text/vcard.", defaultValue = "true")
    private boolean contentTypeHeader = true;

    @Override
    public String getDataFormatName() {
        return NAME;
    }

    @Override
    public void marshal(Exchange exchange, Object graph, OutputStream stream) throws Exception {
        Iterable<ContactCard> cards = MarshalBodies.cards(NAME, exchange, graph, true);
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        VCardCodec.write(cards, writer, vcardVersion());
        if (contentTypeHeader) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, MEDIA_TYPE);
        }
    }

    @Override
    public Object unmarshal(Exchange exchange, InputStream stream) throws Exception {
        RecordProblems problems = new RecordProblems(lenient, "card", "property");
        List<ContactCard> cards = VCardCodec.read(TextInput.read(stream, StandardCharsets.UTF_8), problems);
        UnmarshalReport.report(NAME, exchange, problems);
        return withPhotos ? cards : cards.stream().map(ContactCard::contact).toList();
    }

    private VCardVersion vcardVersion() {
        return "3.0".equals(version) ? VCardVersion.V3_0 : VCardVersion.V4_0;
    }

    public String getVersion() {
        return version;
    }

    /** The vCard version to marshal to: 4.0 (default) or 3.0. */
    public void setVersion(String version) {
        if (!"4.0".equals(version) && !"3.0".equals(version)) {
            throw new IllegalArgumentException("vcard: version must be 4.0 or 3.0, was \"" + version + "\"");
        }
        this.version = version;
    }

    public boolean isLenient() {
        return lenient;
    }

    /** Unmarshal: skip malformed cards and report them in a header instead of failing (default false). */
    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public boolean isWithPhotos() {
        return withPhotos;
    }

    /** Unmarshal to ContactCard (contact and photo) instead of Contact (default false). */
    public void setWithPhotos(boolean withPhotos) {
        this.withPhotos = withPhotos;
    }

    public boolean isContentTypeHeader() {
        return contentTypeHeader;
    }

    /** Marshal: set the Content-Type header (default true). */
    public void setContentTypeHeader(boolean contentTypeHeader) {
        this.contentTypeHeader = contentTypeHeader;
    }
}
