package io.github.outlookcontacts.emulator.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a raw (percent-encoded) path on '/' and then decodes each segment, so encoded '/' in ids survive. OData key
 * syntax {@code contactFolders('id')} becomes two segments and the function call {@code delta()} becomes "delta".
 */
final class ResourcePath {

    private static final Set<String> KEYED = Set.of("users", "contacts", "contactfolders", "childfolders");

    private ResourcePath() {
    }

    static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String s = decode(raw);
            int open = s.indexOf('(');
            if (open > 0 && s.endsWith(")")) {
                String name = s.substring(0, open);
                if (name.regionMatches(true, 0, "microsoft.graph.", 0, 16)) {
                    name = name.substring(16);
                }
                String inner = s.substring(open + 1, s.length() - 1).trim();
                if (inner.isEmpty() && name.equalsIgnoreCase("delta")) {
                    out.add(name);
                    continue;
                }
                if (KEYED.contains(name.toLowerCase(Locale.ROOT))) {
                    out.add(name);
                    out.add(unquote(inner));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    static boolean is(List<String> segs, int index, String name) {
        return segs.size() > index && segs.get(index).equalsIgnoreCase(name);
    }

    private static String unquote(String key) {
        if (key.length() >= 2 && key.startsWith("'") && key.endsWith("'")) {
            return key.substring(1, key.length() - 1).replace("''", "'");
        }
        return key;
    }

    /** Percent-decoding only ('+' stays '+', as in paths). */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
