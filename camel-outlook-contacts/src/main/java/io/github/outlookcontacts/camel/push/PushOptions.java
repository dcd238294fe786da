package io.github.outlookcontacts.camel.push;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Checks {@code notificationUrl} and {@code notificationPath} before anything is sent to Graph. */
public final class PushOptions {

    private PushOptions() {
    }

    /**
     * The local path of the webhook: {@code notificationPath}, else the path of {@code notificationUrl}; null when
     * push is off ({@code notificationUrl} not set).
     *
     * @throws IllegalArgumentException naming the option when a value is not allowed
     */
    public static String webhookPath(String notificationUrl, String notificationPath) {
        if (notificationUrl == null || notificationUrl.isBlank()) {
            if (notificationPath != null && !notificationPath.isBlank()) {
                throw new IllegalArgumentException("Option notificationPath needs notificationUrl, the public URL"
                                                   + " Graph posts notifications to");
            }
            return null;
        }
        URI url = checkedUrl(notificationUrl.trim());
        String path = notificationPath == null || notificationPath.isBlank() ? url.getRawPath() : notificationPath;
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.contains("*")) {
            throw new IllegalArgumentException("Invalid value '" + path + "' for option notificationPath; allowed"
                                               + " values: a path starting with / without query, fragment or *");
        }
        return path;
    }

    private static URI checkedUrl(String value) {
        URI url;
        try {
            url = new URI(value);
        } catch (URISyntaxException e) {
            throw invalidUrl(value, "it is not a URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalidUrl(value, "it must be an absolute https URL");
        }
        if (url.getRawUserInfo() != null) {
            // not quoted: it may hold a password
            throw new IllegalArgumentException("Invalid value for option notificationUrl: it must not carry user info");
        }
        if (url.getRawFragment() != null) {
            throw invalidUrl(value, "it must not carry a fragment");
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw invalidUrl(value, "Graph only calls https URLs (http is allowed for loopback hosts only)");
        }
        return url;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static IllegalArgumentException invalidUrl(String value, String why) {
        return new IllegalArgumentException("Invalid value '" + value + "' for option notificationUrl: " + why);
    }
}
