package io.github.outlookcontacts.emulator.throttle;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.Principal;

/** Which mailbox a Graph request addresses: {@code /me}'s user or the {@code /users/{id}} segment, case-insensitive. */
final class MailboxKey {

    private MailboxKey() {
    }

    /** The path without the {@code /v1.0} prefix (sub-requests of a batch come without it). */
    static String graphPath(String rawPath) {
        String path = rawPath == null ? "/" : rawPath;
        return path.startsWith("/v1.0/") || path.equals("/v1.0") ? path.substring(5) : path;
    }

    /** The mailbox, lower-case, or null when the request is not about one mailbox (e.g. {@code $batch}). */
    static String mailbox(ApiRequest request) {
        String[] segments = graphPath(request.rawPath()).split("/");
        if (segments.length < 2) {
            return null;
        }
        if (segments[1].equalsIgnoreCase("me")) {
            Principal principal = request.principal();
            return principal == null || principal.user() == null ? "me" : principal.user().toLowerCase(Locale.ROOT);
        }
        if (segments[1].equalsIgnoreCase("users") && segments.length > 2) {
            return URLDecoder.decode(segments[2].replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    static String appId(ApiRequest request) {
        Principal principal = request.principal();
        return principal == null || principal.appId() == null ? "anonymous" : principal.appId();
    }
}
