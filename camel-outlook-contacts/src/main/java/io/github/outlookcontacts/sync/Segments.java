package io.github.outlookcontacts.sync;

/**
 * The text form of one known-contacts segment: space-separated entries on one line (so line-based repositories such
 * as Camel's {@code FileStateRepository} can hold it). Later entries win over earlier ones, across segments too.
 * <ul>
 * <li>{@code <changeKey hash, hex>:<id>}: the contact is known with that changeKey</li>
 * <li>{@code -:<id>}: the contact is gone</li>
 * <li>{@code #<id hash, hex>}: met again, unchanged, during a full resync (no id needed: it is already known)</li>
 * </ul>
 * Ids are escaped: {@code %} as {@code %25}, space as {@code %20}, CR/LF as {@code %0D}/{@code %0A}.
 */
final class Segments {

    private Segments() {
    }

    /** Receives the entries of a segment in order. */
    interface Visitor {
        void live(String id, long changeKeyHash);

        void removed(String id);

        void seen(long idHash);
    }

    /** Builds one segment. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int lines;

        Builder live(String id, long changeKeyHash) {
            separate().append(Long.toHexString(changeKeyHash)).append(':');
            escape(id);
            return this;
        }

        Builder removed(String id) {
            separate().append("-:");
            escape(id);
            return this;
        }

        Builder seen(long idHash) {
            separate().append('#').append(Long.toHexString(idHash));
            return this;
        }

        int lines() {
            return lines;
        }

        String build() {
            return text.toString();
        }

        private StringBuilder separate() {
            if (lines++ > 0) {
                text.append(' ');
            }
            return text;
        }

        private void escape(String id) {
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                switch (c) {
                    case '%' -> text.append("%25");
                    case ' ' -> text.append("%20");
                    case '\n' -> text.append("%0A");
                    case '\r' -> text.append("%0D");
                    default -> text.append(c);
                }
            }
        }
    }

    /** Feeds every entry of {@code value} to the visitor; null or empty is an empty segment. */
    static void read(String value, Visitor visitor) {
        if (value == null || value.isEmpty()) {
            return;
        }
        int start = 0;
        int length = value.length();
        while (start < length) {
            int end = value.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                entry(value, start, end, visitor);
            }
            start = end + 1;
        }
    }

    private static void entry(String value, int start, int end, Visitor visitor) {
        if (value.charAt(start) == '#') {
            visitor.seen(Long.parseUnsignedLong(value.substring(start + 1, end), 16));
            return;
        }
        int colon = value.indexOf(':', start);
        if (colon < 0 || colon >= end) {
            throw new IllegalStateException("damaged known-contacts entry at offset " + start);
        }
        String id = unescape(value, colon + 1, end);
        if (colon == start + 1 && value.charAt(start) == '-') {
            visitor.removed(id);
        } else {
            visitor.live(id, Long.parseUnsignedLong(value.substring(start, colon), 16));
        }
    }

    private static String unescape(String value, int start, int end) {
        int percent = value.indexOf('%', start);
        if (percent < 0 || percent >= end) {
            return value.substring(start, end);
        }
        StringBuilder id = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < end) {
                id.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                id.append(c);
            }
        }
        return id.toString();
    }
}
