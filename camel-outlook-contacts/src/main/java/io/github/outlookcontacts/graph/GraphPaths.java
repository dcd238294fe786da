package io.github.outlookcontacts.graph;

import java.nio.charset.StandardCharsets;

/**
 * Builds URL pieces safely: every id becomes exactly one percent-encoded path segment and every OData string
 * literal is quoted with {@code '} doubled, so no caller value can reach another URL or alter a filter.
 */
public final class GraphPaths {

    private GraphPaths() {
    }

    /**
     * Percent-encodes a value as one path segment. Only letters, digits, '-', '_' and '~' stay as they are; '.' is
     * encoded too, so that an id of {@code ..} can never be normalised into a parent path.
     */
    public static String segment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("an id used in a Graph path must not be empty");
        }
        return percentEncode(value);
    }

    /** Percent-encodes a query parameter value. */
    public static String queryValue(String value) {
        return percentEncode(value);
    }

    /** An OData string literal: {@code 'O''Brien'}. */
    public static String odataString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String percentEncode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
