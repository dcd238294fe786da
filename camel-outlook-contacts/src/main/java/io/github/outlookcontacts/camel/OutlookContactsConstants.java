package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.camel.producer.ProducerHeaders;
import org.apache.camel.spi.Metadata;

/**
 * Header names of the {@code outlook-contacts} component.
 */
public final class OutlookContactsConstants {

    public static final String SCHEME = "outlook-contacts";

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this message.",
              javaType = "String")
    public static final String OPERATION = "CamelOutlookContactsOperation";
    @Metadata(label = "consumer", description = "The change: created, updated or deleted.", javaType = "String")
    public static final String CHANGE_TYPE = "CamelOutlookContactsChangeType";
    @Metadata(description = "The contact id. Consumer: the changed contact. Producer: the contact to get, update,"
                            + " delete or whose photo to read or write; set on the result too.",
              javaType = "String")
    public static final String CONTACT_ID = ProducerHeaders.CONTACT_ID;
    @Metadata(label = "consumer", description = "The contact's changeKey (absent on deleted).", javaType = "String")
    public static final String CHANGE_KEY = "CamelOutlookContactsChangeKey";
    @Metadata(description = "The folder id. Consumer: the folder the change was read from. Producer: the folder for"
                            + " getFolder and deleteFolder (else the folder option); set by getFolder and createFolder.",
              javaType = "String")
    public static final String FOLDER_ID = ProducerHeaders.FOLDER_ID;
    @Metadata(label = "consumer", description = "The mailbox: me or the user id / userPrincipalName.",
              javaType = "String")
    public static final String USER = "CamelOutlookContactsUser";
    @Metadata(label = "consumer", description = "On deleted: Graph's @removed reason (deleted or changed).",
              javaType = "String")
    public static final String REMOVED_REASON = "CamelOutlookContactsRemovedReason";
    @Metadata(label = "producer", description = "The etag sent as If-Match on update and delete; a stale one fails"
                                                + " with a concurrency error (HTTP 412).",
              javaType = "String")
    public static final String ETAG = ProducerHeaders.ETAG;
    @Metadata(label = "producer", description = "upsert: the external key stored on the contact in a single-value"
                                                + " extended property and used to find it again.",
              javaType = "String")
    public static final String EXTERNAL_ID = ProducerHeaders.EXTERNAL_ID;
    @Metadata(label = "producer", description = "createFolder: the display name of the folder to create.",
              javaType = "String")
    public static final String FOLDER_NAME = ProducerHeaders.FOLDER_NAME;
    @Metadata(label = "producer", description = "upsert: what happened, created, updated or unchanged.",
              javaType = "String")
    public static final String UPSERT_RESULT = ProducerHeaders.UPSERT_RESULT;

    @Metadata(label = "producer", description = "getUserPhoto, getUserPhotoMetadata: the photo size (48x48 ..."
            + " 648x648, or all for the list of sizes on getUserPhotoMetadata); overrides the photoSize option.",
              javaType = "String")
    public static final String PHOTO_SIZE = ProducerHeaders.PHOTO_SIZE;
    @Metadata(label = "producer", description = "list: the sort order (OData $orderby); overrides the orderBy option.",
              javaType = "String")
    public static final String ORDER_BY = ProducerHeaders.ORDER_BY;
    @Metadata(label = "producer", description = "list: at most this many contacts; overrides the top option.",
              javaType = "Integer")
    public static final String TOP = ProducerHeaders.TOP;
    @Metadata(label = "producer", description = "list with count=true: the number of matching contacts Graph"
            + " reported (@odata.count), regardless of top and skip.", javaType = "Long")
    public static final String COUNT = ProducerHeaders.COUNT;
    @Metadata(label = "producer", description = "Extension operations: the open extension's name, e.g."
            + " com.acme.crm (or its full id).", javaType = "String")
    public static final String EXTENSION_NAME = ProducerHeaders.EXTENSION_NAME;

    private OutlookContactsConstants() {
    }
}
