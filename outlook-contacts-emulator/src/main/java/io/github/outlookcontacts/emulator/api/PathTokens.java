package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a raw request path into decoded tokens: the raw path is split on '/' first and each segment decoded
 * afterwards (so an id holding an encoded '/' stays one token); OData key syntax {@code contactFolders('id')} becomes
 * two tokens and function syntax {@code delta()} / {@code microsoft.graph.delta()} becomes {@code delta}.
 */
final class PathTokens {

    private PathTokens() {
    }

    static List<String> split(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String segment = decode(raw);
            int open = segment.indexOf('(');
            if (open > 0 && segment.endsWith(")")) {
                String name = segment.substring(0, open);
                String inner = segment.substring(open + 1, segment.length() - 1);
                out.add(functionName(name));
                if (!inner.isEmpty()) {
                    out.add(keyValue(inner));
                }
            } else {
                out.add(segment);
            }
        }
        return out;
    }

    /** True when a path token names the given segment (Graph treats segment names case-insensitively). */
    static boolean is(String token, String name) {
        return token.equalsIgnoreCase(name);
    }

    private static String functionName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("microsoft.graph.") ? name.substring("microsoft.graph.".length()) : name;
    }

    /** {@code 'it''s'} → {@code it's}; unquoted keys are taken as they are. */
    private static String keyValue(String inner) {
        if (inner.length() >= 2 && inner.startsWith("'") && inner.endsWith("'")) {
            return inner.substring(1, inner.length() - 1).replace("''", "'");
        }
        return inner;
    }

    /** Percent-decoding for paths: '+' stays a plus sign; a broken escape is a 400. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw badEscape(raw);
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw badEscape(raw);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static StoreException badEscape(String raw) {
        return StoreException.badRequest("BadRequest", "Invalid percent-encoding in the request URL segment '" + raw
                + "'.");
    }
}
