package io.github.outlookcontacts.reliability;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import org.apache.camel.Message;

/** One delivered change as a sink records it, taken only from the consumer's public headers. */
record SinkLine(String type, String id, String changeKey, String folderId) {

    static SinkLine of(Message message) {
        return new SinkLine(message.getHeader(OutlookContactsConstants.CHANGE_TYPE, String.class),
                message.getHeader(OutlookContactsConstants.CONTACT_ID, String.class),
                message.getHeader(OutlookContactsConstants.CHANGE_KEY, String.class),
                message.getHeader(OutlookContactsConstants.FOLDER_ID, String.class));
    }

    boolean isDelete() {
        return "deleted".equals(type);
    }

    /** Tab-separated, {@code -} for an absent value. */
    String format() {
        return type + '\t' + id + '\t' + orDash(changeKey) + '\t' + orDash(folderId);
    }

    static SinkLine parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("not a sink line: " + line);
        }
        return new SinkLine(f[0], f[1], dashToNull(f[2]), dashToNull(f[3]));
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String dashToNull(String value) {
        return "-".equals(value) ? null : value;
    }
}
