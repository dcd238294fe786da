package io.github.outlookcontacts.emulator.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.WireClient;
import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThrottlingTest {

    private static final String THROTTLED_BODY =
            "{\"error\":{\"code\":\"ApplicationThrottled\",\"message\":\"Application is over its MailboxConcurrency limit.\"}}";

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inHandler = new AtomicInteger();
    private final WireClient client = new WireClient();
    private GraphEmulator emulator;

    @AfterEach
    void stop() {
        release.countDown();
        emulator.close();
    }

    private void startBlocking(GraphEmulator.Builder builder) {
        emulator = builder.graphApi(r -> {
            inHandler.incrementAndGet();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ApiResponse.json(200, "{}");
        }).build().start();
    }

    private List<CompletableFuture<HttpResponse<String>>> fire(String... paths) {
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (String path : paths) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return client.get(emulator.baseUrl() + path);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return futures;
    }

    private static void awaitCount(AtomicInteger counter, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (counter.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Test
    void fifthConcurrentRequestOnOneMailboxIs429WithRetryAfter() throws Exception {
        startBlocking(GraphEmulator.builder());
        List<CompletableFuture<HttpResponse<String>>> futures = fire("/me/contacts", "/me/contacts", "/me/contacts",
                "/me/contacts", "/me/contacts");
        awaitCount(inHandler, 4);
        // The fifth cannot get in while four are held; wait until it has been answered, then let the four go.
        CompletableFuture.anyOf(futures.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        release.countDown();

        List<HttpResponse<String>> responses = futures.stream().map(CompletableFuture::join).toList();
        List<HttpResponse<String>> throttled = responses.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(throttled).hasSize(1);
        assertThat(throttled.get(0).body()).isEqualTo(THROTTLED_BODY);
        assertThat(throttled.get(0).headers().firstValue("Retry-After")).contains("1");
        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(4);
        assertThat(emulator.throttling().maxConcurrencyObserved("me@emulator.local")).isEqualTo(5);
        assertThat(emulator.throttling().throttledRequests()).isEqualTo(1);
    }

    @Test
    void limitIsPerMailboxCaseInsensitively() throws Exception {
        startBlocking(GraphEmulator.builder().maxConcurrency(2));
        List<CompletableFuture<HttpResponse<String>>> futures = fire("/users/Alice@contoso.com/contacts",
                "/users/alice@contoso.com/contacts", "/users/bob@contoso.com/contacts",
                "/users/bob%40contoso.com/contacts");
        awaitCount(inHandler, 4);
        release.countDown();

        assertThat(futures.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).containsOnly(200);
        assertThat(emulator.throttling().maxConcurrencyObserved("ALICE@contoso.com")).isEqualTo(2);
        assertThat(emulator.throttling().maxConcurrencyObserved("bob@contoso.com")).isEqualTo(2);

        List<CompletableFuture<HttpResponse<String>>> more = fire("/users/alice@contoso.com/contacts",
                "/users/ALICE@CONTOSO.COM/contacts", "/users/alice@contoso.com/contactFolders");
        assertThat(more.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).containsOnly(200);
    }

    @Test
    void budgetExhaustionIs429WithRetryAfterUntilTheWindowEnds() throws Exception {
        emulator = GraphEmulator.builder().requestBudget(3, Duration.ofMinutes(1))
                .graphApi(r -> ApiResponse.json(200, "{}")).build().start();

        for (int i = 0; i < 3; i++) {
            assertThat(client.get(emulator.baseUrl() + "/users/a@x.com/contacts").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> over = client.get(emulator.baseUrl() + "/users/a@x.com/contacts");
        HttpResponse<String> otherMailbox = client.get(emulator.baseUrl() + "/users/b@x.com/contacts");

        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.body()).as("the budget's message is not the concurrency one").isEqualTo(
                "{\"error\":{\"code\":\"ApplicationThrottled\",\"message\":\"Application is over its"
                        + " MailboxRequests limit.\"}}");
        assertThat(Integer.parseInt(over.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(otherMailbox.statusCode()).isEqualTo(200);

        emulator.throttling().reset();
        assertThat(client.get(emulator.baseUrl() + "/users/a@x.com/contacts").statusCode()).isEqualTo(200);
    }

    @Test
    void budgetWindowRollsOver() throws Exception {
        emulator = GraphEmulator.builder().requestBudget(1, Duration.ofMillis(1500))
                .graphApi(r -> ApiResponse.json(200, "{}")).build().start();
        String url = emulator.baseUrl() + "/me/contacts";

        assertThat(client.get(url).statusCode()).isEqualTo(200);
        assertThat(client.get(url).statusCode()).isEqualTo(429);
        Thread.sleep(1600);
        assertThat(client.get(url).statusCode()).isEqualTo(200);
    }

    @Test
    void budgetWindowSlidesSoABurstAtAFixedWindowsEdgeIsRefused() throws Exception {
        emulator = GraphEmulator.builder().requestBudget(2, Duration.ofMillis(1500))
                .graphApi(r -> ApiResponse.json(200, "{}")).build().start();
        String url = emulator.baseUrl() + "/me/contacts";

        assertThat(client.get(url).statusCode()).isEqualTo(200);
        Thread.sleep(800);
        assertThat(client.get(url).statusCode()).isEqualTo(200);
        Thread.sleep(800); // the first has left the window, the second has not
        assertThat(client.get(url).statusCode()).isEqualTo(200);
        assertThat(client.get(url).statusCode()).as("a fixed window would have restarted").isEqualTo(429);
    }

    @Test
    void enforcedRetryAfterAnswersEarlyRetriesWith429AndRestartsTheWait() throws Exception {
        emulator = GraphEmulator.builder().enforceRetryAfter(true)
                .faults(f -> f.retryAfterSeconds(1))
                .graphApi(r -> ApiResponse.json(200, "{}")).build().start();
        emulator.faults().failNext(1, FaultKind.THROTTLED);
        String alice = emulator.baseUrl() + "/users/alice@contoso.com/contacts";

        HttpResponse<String> first = client.get(alice);
        HttpResponse<String> tooEarly = client.get(alice);
        HttpResponse<String> otherMailbox = client.get(emulator.baseUrl() + "/users/bob@contoso.com/contacts");

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(tooEarly.statusCode()).isEqualTo(429);
        assertThat(tooEarly.body()).isEqualTo(THROTTLED_BODY);
        assertThat(tooEarly.headers().firstValue("Retry-After")).contains("1");
        assertThat(otherMailbox.statusCode()).isEqualTo(200);
        Thread.sleep(1100);
        assertThat(client.get(alice).statusCode()).isEqualTo(200);
        assertThat(emulator.throttling().requestsDuringRetryAfter()).isEqualTo(1);
    }

    @Test
    void withoutEnforcementEarlyRequestsAreOnlyCounted() throws Exception {
        emulator = GraphEmulator.builder()
                .requestBudget(1, Duration.ofMinutes(1))
                .graphApi(r -> ApiResponse.json(200, "{}")).build().start();
        String url = emulator.baseUrl() + "/me/contacts";
        assertThat(client.get(url).statusCode()).isEqualTo(200);
        assertThat(client.get(url).statusCode()).isEqualTo(429);
        assertThat(emulator.throttling().requestsDuringRetryAfter()).isZero();

        emulator.throttling().settings(emulator.throttling().settings().withBudget(100, Duration.ofMinutes(1)));
        assertThat(client.get(url).statusCode()).isEqualTo(200);

        assertThat(emulator.throttling().requestsDuringRetryAfter()).isEqualTo(1);
        emulator.throttling().reset();
        assertThat(emulator.throttling().requestsDuringRetryAfter()).isZero();
    }

    @Test
    void countsRequestsByMethodAndPathUntilReset() throws Exception {
        emulator = GraphEmulator.builder().graphApi(r -> ApiResponse.json(200, "{}")).build().start();
        client.send("PATCH", emulator.baseUrl() + "/me/contacts/c1", "{}");
        client.send("PATCH", emulator.baseUrl() + "/me/contactFolders/f1", "{}");
        client.send("POST", emulator.baseUrl() + "/me/contacts", "{}");
        client.get(emulator.baseUrl() + "/me/contacts");

        assertThat(emulator.throttling().totalRequests()).isEqualTo(4);
        assertThat(emulator.throttling().requestCount("PATCH")).isEqualTo(2);
        assertThat(emulator.throttling().requestCount("patch", "/contacts/")).isEqualTo(1);
        assertThat(emulator.throttling().requestCount("POST", "/me/contacts")).isEqualTo(1);
        assertThat(emulator.throttling().requestCount("DELETE")).isZero();

        emulator.throttling().reset();

        assertThat(emulator.throttling().totalRequests()).isZero();
        assertThat(emulator.throttling().requestCount("PATCH")).isZero();
        assertThat(emulator.throttling().maxConcurrencyObserved()).isZero();
    }
}
