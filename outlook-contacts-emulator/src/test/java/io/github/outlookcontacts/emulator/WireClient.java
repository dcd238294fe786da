package io.github.outlookcontacts.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.net.ssl.SSLContext;

/** A tiny java.net.http client for talking to the emulator over loopback in tests. */
public final class WireClient {

    public static final String TOKEN = "test-token";

    private final HttpClient client;

    public WireClient() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    public WireClient(SSLContext sslContext) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(sslContext).build());
    }

    private WireClient(HttpClient client) {
        this.client = client;
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(request(url).GET().build());
    }

    public HttpResponse<String> send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(request(url).method(method, publisher).header("Content-Type", "application/json").build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request builder with the bearer token and a short timeout. */
    public static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN);
    }
}
