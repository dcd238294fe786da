package io.github.outlookcontacts.camel;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The endpoint's path: {@code sync} for the consumer, every other value for the producer.
 */
public enum OutlookContactsOperation {
    sync,
    create,
    get,
    update,
    delete,
    upsert,
    list,
    listFolders,
    getFolder,
    createFolder,
    deleteFolder,
    getPhoto,
    getPhotoMetadata,
    setPhoto,
    getUserPhoto,
    getUserPhotoMetadata,
    setUserPhoto,
    createExtension,
    getExtension,
    updateExtension,
    deleteExtension;

    /** Every operation but {@code sync}, comma-separated, for messages. */
    public static String producerOperations() {
        return Arrays.stream(values()).filter(op -> op != sync).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Parses an operation name exactly as written in a URI or header, or fails listing the valid names. */
    public static OutlookContactsOperation parse(String name, String where) {
        if (name != null) {
            for (OutlookContactsOperation op : values()) {
                if (op.name().equals(name.trim())) {
                    return op;
                }
            }
        }
        throw new IllegalArgumentException("Unknown " + where + " '" + name + "'; valid operations are: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
