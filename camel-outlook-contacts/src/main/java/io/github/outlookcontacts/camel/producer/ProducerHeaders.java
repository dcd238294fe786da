package io.github.outlookcontacts.camel.producer;

/**
 * The names of the headers the operation handlers read and write. {@code OutlookContactsConstants} publishes them
 * with their documentation (the catalog's); they are declared here so the handlers need nothing from the Camel glue
 * package above them.
 */
public final class ProducerHeaders {

    public static final String CONTACT_ID = "CamelOutlookContactsContactId";
    public static final String FOLDER_ID = "CamelOutlookContactsFolderId";
    public static final String ETAG = "CamelOutlookContactsETag";
    public static final String EXTERNAL_ID = "CamelOutlookContactsExternalId";
    public static final String FOLDER_NAME = "CamelOutlookContactsFolderName";
    public static final String UPSERT_RESULT = "CamelOutlookContactsUpsertResult";
    public static final String PHOTO_SIZE = "CamelOutlookContactsPhotoSize";
    public static final String ORDER_BY = "CamelOutlookContactsOrderBy";
    public static final String TOP = "CamelOutlookContactsTop";
    public static final String COUNT = "CamelOutlookContactsCount";
    public static final String EXTENSION_NAME = "CamelOutlookContactsExtensionName";

    private ProducerHeaders() {
    }
}
