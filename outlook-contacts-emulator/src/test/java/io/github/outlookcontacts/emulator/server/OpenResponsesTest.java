package io.github.outlookcontacts.emulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.WireClient;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The count of responses being answered, which tests read to see whether a client keeps a delta response open. */
class OpenResponsesTest {

    private final WireClient client = new WireClient();
    private GraphEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void countsRequestsUntilTheirResponseIsWrittenAndDeltaQueriesOnTheirOwn() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        emulator = GraphEmulator.builder().graphApi(request -> {
            if (request.rawPath().endsWith("/delta")) {
                entered.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ApiResponse.json(200, "{\"value\":[]}");
        }).build().start();
        OpenResponses open = emulator.openResponses();

        CompletableFuture<HttpResponse<String>> delta = CompletableFuture.supplyAsync(() -> get("/me/contacts/delta"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(open.delta()).isEqualTo(1);
        assertThat(get("/me/contacts").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> open.all() == 1); // the other one was answered
        assertThat(open.delta()).isEqualTo(1);

        release.countDown();
        assertThat(delta.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> open.all() == 0 && open.delta() == 0);
    }

    @Test
    void aDeltaResponseTheClientDoesNotReadStaysOpenUntilItIsRead() throws Exception {
        byte[] large = ("{\"value\":[],\"pad\":\"" + "x".repeat(12_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        emulator = GraphEmulator.builder().graphApi(request -> ApiResponse.json(200, large)).build().start();
        OpenResponses open = emulator.openResponses();
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1.0/me/contacts/delta HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                       + WireClient.TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(Duration.ofSeconds(5)).until(() -> open.delta() == 1);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> open.delta() == 1);
            InputStream in = socket.getInputStream();
            long read = in.transferTo(OutputStream.nullOutputStream());
            assertThat(read).isGreaterThan(large.length);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> open.delta() == 0);
    }

    private HttpResponse<String> get(String path) {
        try {
            return client.get(emulator.baseUrl() + path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
