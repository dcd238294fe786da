package io.github.outlookcontacts.emulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.WireClient;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmulatorServerTest {

    private final AtomicReference<ApiRequest> seen = new AtomicReference<>();
    private final WireClient client = new WireClient();
    private GraphEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private GraphEmulator start(GraphEmulator.Builder builder) {
        emulator = builder.build().start();
        return emulator;
    }

    @Test
    void answersWithGraphCommonHeadersAndEchoesClientRequestId() throws Exception {
        start(GraphEmulator.builder().graphApi(r -> {
            seen.set(r);
            return ApiResponse.json(200, "{\"value\":[]}");
        }));

        HttpResponse<String> response = client.send(WireClient.request(emulator.baseUrl() + "/me/contacts?$top=5")
                .header("client-request-id", "abc-123").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"value\":[]}");
        assertThat(response.headers().firstValue("client-request-id")).contains("abc-123");
        assertThat(response.headers().firstValue("request-id")).hasValueSatisfying(v -> assertThat(v).hasSize(36));
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Date")).isPresent();
        assertThat(response.headers().firstValue("x-ms-ags-diagnostic")).isPresent();
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        ApiRequest request = seen.get();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/v1.0/me/contacts");
        assertThat(request.rawQuery()).isEqualTo("$top=5");
        assertThat(request.header("X-Emulator-Base-Url")).isEqualTo(emulator.baseUrl());
        assertThat(request.principal()).isNotNull();
    }

    @Test
    void repeatsRequestIdAsClientRequestIdWhenClientSentNone() throws Exception {
        start(GraphEmulator.builder().graphApi(r -> ApiResponse.empty(204)));

        HttpResponse<String> response = client.get(emulator.baseUrl() + "/me/contacts/x");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("client-request-id"))
                .isEqualTo(response.headers().firstValue("request-id"));
    }

    @Test
    void baseUrlHeaderKeepsTheLoopbackNameTheClientUsedAndCannotBeSpoofed() throws Exception {
        start(GraphEmulator.builder().graphApi(r -> {
            seen.set(r);
            return ApiResponse.empty(204);
        }));

        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + emulator.port() + "/v1.0/me/contacts"))
                .header("Authorization", "Bearer t").header("X-Emulator-Base-Url", "http://evil.example/v1.0")
                .GET().build());

        assertThat(seen.get().header("X-Emulator-Base-Url"))
                .isEqualTo("http://localhost:" + emulator.port() + "/v1.0");
        assertThat(seen.get().headers().get("X-Emulator-Base-Url")).hasSize(1);
    }

    @Test
    void failingHandlerBecomesGraphStyle500() throws Exception {
        start(GraphEmulator.builder().graphApi(r -> {
            throw new IllegalStateException("boom");
        }));

        HttpResponse<String> response = client.get(emulator.baseUrl() + "/me/contacts");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("\"code\":\"InternalServerError\"").doesNotContain("boom");
        assertThat(response.headers().firstValue("request-id")).isPresent();
    }

    @Test
    void noContentAnswerCarriesNoBodyAndKeepsTheConnectionAlive() throws Exception {
        start(GraphEmulator.builder().graphApi(r -> r.method().equals("DELETE")
                ? ApiResponse.json(204, "{\"unexpected\":true}") : ApiResponse.json(200, "{}")));

        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(rawRequest("DELETE", "/v1.0/me/contacts/c1"));
            assertThat(readHead(in)).startsWith("HTTP/1.1 204");
            // Same connection: a server that failed writing the stray body would have closed it by now.
            out.write(rawRequest("GET", "/v1.0/me/contacts"));
            assertThat(readHead(in)).startsWith("HTTP/1.1 200");
        }
    }

    private static byte[] rawRequest(String method, String path) {
        return (method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads a response's status line and headers (up to the blank line); "" if the connection was closed. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    @Test
    void routesIdentityPathsUnauthenticatedAndRejectsUnknownVersions() throws Exception {
        start(GraphEmulator.builder().identity(r -> ApiResponse.json(200, "{\"path\":\"" + r.rawPath() + "\"}"),
                token -> java.util.Optional.empty()).graphApi(r -> ApiResponse.empty(204)));
        String root = "http://127.0.0.1:" + emulator.port();

        HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(root + "/tenant-1/oauth2/v2.0/token"))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        HttpResponse<String> discovery = client.send(HttpRequest.newBuilder(
                URI.create(root + "/common/discovery/instance?api-version=1.1")).GET().build());
        HttpResponse<String> openid = client.send(HttpRequest.newBuilder(
                URI.create(root + "/tenant-1/v2.0/.well-known/openid-configuration")).GET().build());
        HttpResponse<String> beta = client.get(root + "/beta/me/contacts");

        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.body()).contains("/tenant-1/oauth2/v2.0/token");
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(openid.statusCode()).isEqualTo(200);
        assertThat(beta.statusCode()).isEqualTo(400);
        assertThat(beta.body()).contains("Invalid version: beta");
    }

    @Test
    void stopFreesThePortAndStartIsIdempotent() throws Exception {
        start(GraphEmulator.builder().graphApi(r -> ApiResponse.empty(204)));
        emulator.start();
        int port = emulator.port();
        emulator.stop();

        assertThat(emulator.isRunning()).isFalse();
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
