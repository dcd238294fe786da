package io.github.outlookcontacts.transport;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * Scheme, host and port of a URL: the unit the bearer token is bound to.
 */
public record Origin(String scheme, String host, int port) {

    public static Origin of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return new Origin(scheme, host, port);
    }

    /** True for 127.0.0.0/8, ::1 and localhost, where plain http is allowed. */
    public boolean isLoopback() {
        if ("localhost".equals(host)) {
            return true;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a name: never resolved here, only literal loopback addresses count
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Checks that a base URL is usable: absolute http(s), and https unless it points at loopback.
     *
     * @throws IllegalArgumentException naming {@code option}
     */
    public static Origin requireSecure(String url, String option) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " is not a valid URL: " + url);
        }
        Origin origin = of(uri);
        if (!"https".equals(origin.scheme) && !("http".equals(origin.scheme) && origin.isLoopback())) {
            throw new IllegalArgumentException(option + " must use https (plain http is allowed only for loopback"
                                               + " addresses such as 127.0.0.1): " + url);
        }
        return origin;
    }
}
