package io.github.outlookcontacts.emulator.subscriptions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLContext;

/**
 * Calls the client's webhook the way Graph does: the validation handshake ({@code POST url?validationToken=...},
 * the answer must be 200 text/plain echoing the token within 10 s) and notification POSTs (acknowledged with 2xx
 * within 3 s). The emulator only ever calls loopback addresses.
 */
final class WebhookClient {

    static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(10);
    static final Duration NOTIFICATION_TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http;

    WebhookClient(SSLContext trustAll) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3));
        if (trustAll != null) {
            builder.sslContext(trustAll);
        }
        this.http = builder.build();
    }

    /** Null when the URL may be called, else why not (Graph's wording where it has one). */
    static String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "Invalid notification url: " + url;
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return "Invalid notification url: " + url;
        }
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                return "The emulator only delivers notifications to loopback addresses, not " + uri.getHost();
            }
        } catch (UnknownHostException e) {
            return "Unknown notification host " + uri.getHost();
        }
        return null;
    }

    /** The handshake; true only for a 200 whose text body is exactly the token, in time. */
    boolean validate(String url, String token) {
        String target = url + (url.contains("?") ? "&" : "?") + "validationToken="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(target)).timeout(VALIDATION_TIMEOUT)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return response.statusCode() == 200 && type.startsWith("text/plain") && token.equals(response.body());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** POSTs a notification body; the HTTP status, or -1 when the webhook did not answer in time. */
    int post(String url, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(NOTIFICATION_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
