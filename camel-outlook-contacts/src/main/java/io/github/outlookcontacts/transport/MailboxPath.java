package io.github.outlookcontacts.transport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The mailbox a Graph request addresses, read from its path below the base URL: {@code /me/...} or
 * {@code /users/{id}/...}. One reading for the concurrency limit and the metrics.
 */
final class MailboxPath {

    private final String basePath;

    MailboxPath(URI baseUrl) {
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code /me}, {@code /users/{raw id, lower case}} (UPNs ignore case), or the empty string. */
    String key(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.startsWith(basePath)) {
            path = path.substring(basePath.length());
        }
        String[] segments = path.split("/");
        // segments[0] is the empty string before the leading '/'
        if (segments.length > 1 && segments[1].equalsIgnoreCase("me")) {
            return "/me";
        }
        if (segments.length > 2 && segments[1].equalsIgnoreCase("users") && !segments[2].isEmpty()) {
            return "/users/" + segments[2].toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /** {@code me}, the decoded user id or UPN in lower case, or the empty string. */
    String mailbox(URI uri) {
        String key = key(uri);
        if (key.isEmpty()) {
            return key;
        }
        return key.equals("/me") ? "me"
                : URLDecoder.decode(key.substring("/users/".length()).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
