package io.github.outlookcontacts.transport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The mailbox a Graph request addresses, read from its path below the base URL: {@code /me/...} or
 * {@code /users/{id}/...}, and for a {@code $batch} envelope the mailbox its sub-requests address. One reading for
 * the concurrency limit, the request budget and the metrics.
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
        return relativeKey(path);
    }

    /**
     * The mailbox key of {@code request}: its path's, or for a {@code $batch} the one mailbox all its sub-requests
     * address (the empty string when they address several or none).
     */
    String key(HttpRequest request) {
        Map<String, Integer> units = units(request);
        return units.size() == 1 ? units.keySet().iterator().next() : key(request.uri());
    }

    /**
     * How many requests {@code request} makes to each mailbox, as Graph counts them: one for a plain request, one per
     * sub-request for a {@code $batch} (the envelope itself addresses no mailbox).
     */
    Map<String, Integer> units(HttpRequest request) {
        if (request.batched().isEmpty()) {
            return Map.of(key(request.uri()), 1);
        }
        Map<String, Integer> units = new LinkedHashMap<>();
        for (String path : request.batched()) {
            units.merge(relativeKey(path), 1, Integer::sum);
        }
        return units;
    }

    /** The key of a path relative to the Graph root such as {@code /users/a@b.com/contacts?$top=1}. */
    private static String relativeKey(String relative) {
        int query = relative.indexOf('?');
        String path = query < 0 ? relative : relative.substring(0, query);
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
