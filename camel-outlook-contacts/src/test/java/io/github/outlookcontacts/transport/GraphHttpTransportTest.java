package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.outlookcontacts.transport.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transport against a real loopback server that produces Graph's fault shapes. Retry waits are recorded instead
 * of slept so the tests stay fast; everything else (sockets, timeouts, pooling) is real.
 */
class GraphHttpTransportTest {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final CountingTokens tokens = new CountingTokens();
    @RegisterExtension
    final TrackedResources resources = new TrackedResources();

    private LoopbackServer server(LoopbackServer.Script script) throws IOException {
        return resources.server(script);
    }

    private GraphHttpTransport transport(URI baseUrl, int maxRetries, int maxConcurrent, Duration readTimeout) {
        TransportSettings settings = new TransportSettings(baseUrl, true, maxRetries, Duration.ofSeconds(30),
                Duration.ofMillis(200), maxConcurrent, Duration.ofSeconds(2), readTimeout, "test-agent/1");
        RetryPolicy retry = new RetryPolicy(maxRetries, settings.maxRetryDelay(), settings.initialBackoff(),
                waits::add, Clock.systemUTC());
        GraphHttpTransport transport = new GraphHttpTransport(settings, tokens, retry);
        resources.track(transport);
        return transport;
    }

    private GraphHttpTransport transport(LoopbackServer server) {
        return transport(server.baseUrl(), 3, 4, Duration.ofSeconds(5));
    }

    private static String body(HttpResponse response) throws IOException {
        try (response) {
            return response.bodyString();
        }
    }

    @Test
    void retries429HonouringRetryAfterSeconds() throws Exception {
        LoopbackServer server = server((i, req, out) -> {
            if (i == 0) {
                respond(out, 429, "{\"error\":{\"code\":\"ApplicationThrottled\"}}", "Retry-After: 7");
            } else {
                respond(out, 200, "{\"ok\":true}");
            }
        });
        HttpResponse response = transport(server).execute(HttpRequest.get(server.url("/me/contacts")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response)).isEqualTo("{\"ok\":true}");
        // Retry-After honoured, plus at most half the initial backoff (200 ms) of spread
        assertThat(waits).singleElement().satisfies(w -> assertThat(w.toMillis()).isBetween(7000L, 7100L));
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void retries429WithoutRetryAfterWithGrowingJitteredBackoff() throws Exception {
        LoopbackServer server = server((i, req, out) -> respond(out, i < 3 ? 429 : 200, "{}"));
        HttpResponse response = transport(server).execute(HttpRequest.get(server.url("/me/contacts")));
        assertThat(response.status()).isEqualTo(200);
        response.close();
        assertThat(waits).hasSize(3);
        // initial 200 ms doubling per attempt, each jittered to [50%, 150%]
        assertThat(waits.get(0).toMillis()).isBetween(100L, 300L);
        assertThat(waits.get(1).toMillis()).isBetween(200L, 600L);
        assertThat(waits.get(2).toMillis()).isBetween(400L, 1200L);
    }

    @Test
    void retries503And504ThenSucceeds() throws Exception {
        LoopbackServer server = server((i, req, out) -> {
            switch (i) {
                case 0 -> respond(out, 503, "{}", "Retry-After: 1");
                case 1 -> respond(out, 504, "{}");
                default -> respond(out, 200, "{\"v\":1}");
            }
        });
        HttpResponse response = transport(server).execute(HttpRequest.get(server.url("/me/contacts")));
        assertThat(body(response)).isEqualTo("{\"v\":1}");
        assertThat(waits).hasSize(2).first().satisfies(w -> assertThat(w.toMillis()).isBetween(1000L, 1100L));
    }

    @Test
    void givesBackTheLast429AfterMaxRetries() throws Exception {
        LoopbackServer server = server((i, req, out) -> respond(out, 429, "{\"error\":{\"code\":\"x\"}}",
                "Retry-After: 1"));
        HttpResponse response = transport(server.baseUrl(), 2, 4, Duration.ofSeconds(5))
                .execute(HttpRequest.get(server.url("/me/contacts")));
        assertThat(response.status()).isEqualTo(429);
        response.close();
        assertThat(server.received()).hasSize(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void capsEachWaitAtMaxRetryDelay() throws Exception {
        LoopbackServer server = server((i, req, out) -> respond(out, i == 0 ? 429 : 200, "{}", "Retry-After: 3600"));
        TransportSettings settings = new TransportSettings(server.baseUrl(), true, 3, Duration.ofSeconds(2),
                Duration.ofMillis(200), 4, Duration.ofSeconds(2), Duration.ofSeconds(5), "t");
        GraphHttpTransport transport = new GraphHttpTransport(settings, tokens,
                new RetryPolicy(3, settings.maxRetryDelay(), settings.initialBackoff(), waits::add,
                        Clock.systemUTC()));
        resources.track(transport);
        transport.execute(HttpRequest.get(server.url("/me/contacts"))).close();
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterAsHttpDate() {
        Clock clock = Clock.fixed(java.time.Instant.parse("2026-01-01T10:00:00Z"), java.time.ZoneOffset.UTC);
        RetryPolicy retry = new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofSeconds(1), d -> {
        }, clock);
        assertThat(retry.retryAfter("Thu, 01 Jan 2026 10:00:12 GMT")).contains(Duration.ofSeconds(12));
        assertThat(retry.retryAfter("Thu, 01 Jan 2026 09:00:00 GMT")).contains(Duration.ZERO);
        assertThat(retry.retryAfter("soon")).isEmpty();
        assertThat(retry.retryAfter("5")).contains(Duration.ofSeconds(5));
    }

    @Test
    void retriesAReadTimeout() throws Exception {
        LoopbackServer server = server((i, req, out) -> {
            if (i == 0) {
                Thread.sleep(1500);
            }
            respond(out, 200, "{\"late\":false}");
        });
        HttpResponse response = transport(server.baseUrl(), 3, 4, Duration.ofMillis(400))
                .execute(HttpRequest.get(server.url("/me/contacts")));
        assertThat(body(response)).isEqualTo("{\"late\":false}");
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void doesNotRetryAPostAfterAReadTimeoutBecauseGraphMayHaveAppliedIt() throws Exception {
        LoopbackServer server = server((i, req, out) -> {
            Thread.sleep(1500);
            respond(out, 201, "{}");
        });
        GraphHttpTransport transport = transport(server.baseUrl(), 3, 4, Duration.ofMillis(400));
        HttpRequest post = HttpRequest.of("POST", server.url("/me/contacts"),
                RequestBody.of("{}".getBytes(StandardCharsets.UTF_8), "application/json"));
        assertThatThrownBy(() -> transport.execute(post)).isInstanceOf(SocketTimeoutException.class);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void retriesADroppedConnection() throws Exception {
        LoopbackServer server = server((i, req, out) -> {
            if (i > 0) {
                respond(out, 200, "{\"n\":" + i + "}");
            } // i == 0: close the socket without a byte of response
        });
        HttpResponse response = transport(server).execute(HttpRequest.get(server.url("/me/contacts")));
        assertThat(body(response)).isEqualTo("{\"n\":1}");
    }

    @Test
    void retriesATruncatedBodyBeforeHandingItOut() throws Exception {
        LoopbackServer server = server((i, req, out) -> {
            if (i == 0) {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
                           + "Connection: close\r\n\r\n{\"value\":[").getBytes(StandardCharsets.US_ASCII));
            } else {
                respond(out, 200, "{\"value\":[]}");
            }
        });
        HttpResponse response = transport(server).execute(HttpRequest.get(server.url("/me/contacts")));
        assertThat(body(response)).isEqualTo("{\"value\":[]}");
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void aTruncatedStreamingBodyFailsTheReaderInsteadOfEndingQuietly() throws Exception {
        LoopbackServer server = server((i, req, out) -> out.write(("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n"
                + "Connection: close\r\n\r\n{\"value\":[").getBytes(StandardCharsets.US_ASCII)));
        HttpResponse response = transport(server).execute(HttpRequest.get(server.url("/me/contacts")).streaming());
        try (InputStream in = response.body()) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
        }
    }

    @Test
    void refreshesTheTokenOnceAfter401() throws Exception {
        LoopbackServer server = server((i, req, out) -> {
            boolean fresh = ("Bearer " + CountingTokens.FRESH).equals(req.header("Authorization"));
            respond(out, fresh ? 200 : 401, fresh ? "{}" : "{\"error\":{\"code\":\"InvalidAuthenticationToken\"}}");
        });
        HttpResponse response = transport(server).execute(HttpRequest.get(server.url("/me/contacts")));
        assertThat(response.status()).isEqualTo(200);
        response.close();
        assertThat(tokens.refreshes.get()).isEqualTo(1);
        assertThat(server.received()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer " + CountingTokens.STALE, "Bearer " + CountingTokens.FRESH);
    }

    @Test
    void aSecond401IsReturnedWithoutFurtherRefreshes() throws Exception {
        LoopbackServer server = server((i, req, out) -> respond(out, 401, "{}"));
        HttpResponse response = transport(server).execute(HttpRequest.get(server.url("/me/contacts")));
        assertThat(response.status()).isEqualTo(401);
        response.close();
        assertThat(tokens.refreshes.get()).isEqualTo(1);
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void doesNotReplayAOneShotBodyAfter401() throws Exception {
        LoopbackServer server = server((i, req, out) -> respond(out, 401, "{}"));
        HttpRequest put = HttpRequest.of("PUT", server.url("/me/contacts/1/photo/$value"),
                RequestBody.oneShot(new java.io.ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3, "image/jpeg"));
        HttpResponse response = transport(server).execute(put);
        assertThat(response.status()).isEqualTo(401);
        response.close();
        assertThat(server.received()).hasSize(1);
        assertThat(tokens.refreshes.get()).isZero();
    }

    @Test
    void neverSendsTheTokenToAnotherOrigin() throws Exception {
        LoopbackServer graph = server((i, req, out) -> respond(out, 200, "{}"));
        LoopbackServer other = server((i, req, out) -> respond(out, 200, "{}"));
        GraphHttpTransport transport = transport(graph);
        transport.execute(HttpRequest.get(graph.url("/me/contacts"))).close();
        // same host, other port; and a caller-supplied Authorization header is removed too
        transport.execute(HttpRequest.get(other.url("/me/contacts")).withHeader("Authorization", "Bearer leaked"))
                .close();
        transport.execute(HttpRequest.get(URI.create(other.url("/x").toString().replace("127.0.0.1", "localhost"))))
                .close();
        assertThat(graph.received()).singleElement().extracting(r -> r.header("Authorization"))
                .isEqualTo("Bearer " + CountingTokens.STALE);
        assertThat(other.received()).hasSize(2).allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
    }

    @Test
    void sendsRequestIdUserAgentAndMergedPreferHeader() throws Exception {
        LoopbackServer server = server((i, req, out) -> respond(out, i == 0 ? 503 : 200, "{}"));
        HttpRequest request = HttpRequest.get(server.url("/me/contactFolders/f/contacts/delta"))
                .withHeader("Prefer", "odata.maxpagesize=5");
        transport(server).execute(request).close();
        assertThat(server.received()).hasSize(2).allSatisfy(r -> {
            assertThat(r.header("Prefer")).isEqualTo("odata.maxpagesize=5, IdType=\"ImmutableId\"");
            assertThat(r.header("User-Agent")).isEqualTo("test-agent/1");
            assertThat(r.header("client-request-id")).matches("[0-9a-f-]{36}");
        });
        // the same logical request keeps its id across retries, so Graph support can follow it
        assertThat(server.received().get(0).header("client-request-id"))
                .isEqualTo(server.received().get(1).header("client-request-id"));
    }

    @Test
    void neverExceedsTheConcurrencyLimitPerMailbox() throws Exception {
        AtomicInteger meNow = new AtomicInteger();
        AtomicInteger meMax = new AtomicInteger();
        LoopbackServer server = server((i, req, out) -> {
            boolean me = req.target().contains("/me/");
            if (me) {
                meMax.accumulateAndGet(meNow.incrementAndGet(), Math::max);
            }
            Thread.sleep(60);
            if (me) {
                meNow.decrementAndGet();
            }
            respond(out, 200, "{}");
        });
        GraphHttpTransport transport = transport(server.baseUrl(), 0, 3, Duration.ofSeconds(5));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int n = 0; n < 24; n++) {
                String path = n % 2 == 0 ? "/me/contacts" : "/users/u" + (n % 4) + "/contacts";
                results.add(pool.submit(() -> {
                    try (HttpResponse r = transport.execute(HttpRequest.get(server.url(path)))) {
                        return r.status();
                    }
                }));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(meMax.get()).isBetween(1, 3);
        // other mailboxes are not held back by /me: more than 3 were in flight overall
        assertThat(server.maxInFlight()).isGreaterThan(3);
    }

    @Test
    void aStreamingResponseHoldsItsPermitUntilClosed() throws Exception {
        LoopbackServer server = server((i, req, out) -> respond(out, 200, "{\"value\":[]}"));
        GraphHttpTransport transport = transport(server.baseUrl(), 0, 1, Duration.ofSeconds(5));
        URI uri = server.url("/me/contacts");
        HttpResponse open = transport.execute(HttpRequest.get(uri).streaming());
        assertThat(transport.inFlight(uri)).isEqualTo(1);
        CountDownLatch second = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try (HttpResponse r = transport.execute(HttpRequest.get(uri))) {
                second.countDown();
            } catch (IOException ignored) {
                // asserted through the latch
            }
        });
        t.start();
        assertThat(second.await(300, TimeUnit.MILLISECONDS)).as("second request must wait for the permit").isFalse();
        open.body().close(); // closing the body stream releases the permit
        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        t.join(5000);
        assertThat(transport.inFlight(uri)).isZero();
    }

    @Test
    void stopsRetryingWhenTheThreadIsInterrupted() throws Exception {
        LoopbackServer server = server((i, req, out) -> respond(out, 429, "{}", "Retry-After: 30"));
        TransportSettings settings = new TransportSettings(server.baseUrl(), true, 5, Duration.ofSeconds(60),
                Duration.ofMillis(200), 4, Duration.ofSeconds(2), Duration.ofSeconds(5), "t");
        GraphHttpTransport transport = new GraphHttpTransport(settings, tokens); // real sleeping
        resources.track(transport);
        Thread.currentThread().interrupt();
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> transport.execute(HttpRequest.get(server.url("/me/contacts"))))
                    .isInstanceOf(InterruptedIOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void baseUrlMustBeHttpsUnlessLoopback() {
        assertThatThrownBy(() -> TransportSettings.parseBaseUrl("http://graph.example.com/v1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl").hasMessageContaining("https");
        assertThatThrownBy(() -> TransportSettings.parseBaseUrl("http://127.0.0.1.example.com/v1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> TransportSettings.parseBaseUrl("ftp://127.0.0.1/v1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> TransportSettings.parseBaseUrl(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThat(TransportSettings.parseBaseUrl("https://graph.microsoft.com/v1.0/"))
                .hasToString("https://graph.microsoft.com/v1.0");
        assertThat(TransportSettings.parseBaseUrl("http://127.0.0.1:8080/v1.0")).hasPort(8080);
        assertThat(TransportSettings.parseBaseUrl("http://127.5.6.7/v1.0")).isNotNull();
        assertThat(TransportSettings.parseBaseUrl("http://localhost:1/v1.0")).isNotNull();
        assertThat(TransportSettings.parseBaseUrl("http://[::1]:1/v1.0")).isNotNull();
    }

    /** Hands out a stale token until refreshed once, then a fresh one. */
    static final class CountingTokens implements AccessTokenProvider {
        static final String STALE = "stale-token";
        static final String FRESH = "fresh-token";
        final AtomicInteger refreshes = new AtomicInteger();

        @Override
        public String getAccessToken() {
            return refreshes.get() == 0 ? STALE : FRESH;
        }

        @Override
        public String refreshAccessToken() {
            refreshes.incrementAndGet();
            return FRESH;
        }
    }
}
