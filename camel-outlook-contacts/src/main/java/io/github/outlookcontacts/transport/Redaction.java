package io.github.outlookcontacts.transport;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Makes URLs safe to log: delta and skip tokens are credentials to a mailbox's change stream.
 */
public final class Redaction {

    private static final Pattern TOKENS = Pattern.compile("(?i)(\\$?(?:deltatoken|skiptoken)|%24(?:deltatoken|skiptoken))=[^&]*");

    private Redaction() {
    }

    public static String url(URI uri) {
        return url(uri.toString());
    }

    public static String url(String url) {
        return url == null ? null : TOKENS.matcher(url).replaceAll("$1=***");
    }
}
