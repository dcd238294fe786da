package io.github.outlookcontacts.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.auth.StaticTokenProvider;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.model.Contact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client against the emulator's throttling and fault pipeline (Outlook's MailboxConcurrency limit, Dev-Proxy
 * style faults, dropped and truncated connections), with a minimal Graph handler behind it that counts what reached it.
 */
class GraphClientEmulatorFaultsTest {

    private final AtomicInteger handled = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    private GraphEmulator emulator;
    private GraphContactsClient client;

    private void start(int emulatorConcurrency, int clientConcurrency, int maxRetries) {
        start(emulatorConcurrency, clientConcurrency, maxRetries, 0, Duration.ofMillis(50));
    }

    private void start(int emulatorConcurrency, int clientConcurrency, int maxRetries, int concurrencyRetryAfter,
                       Duration maxRetryDelay) {
        emulator = GraphEmulator.builder().maxConcurrency(emulatorConcurrency)
                .concurrencyRetryAfterSeconds(concurrencyRetryAfter)
                .graphApi(request -> {
                    handled.incrementAndGet();
                    sleep(40);
                    if (request.method().equals("POST")) {
                        posts.incrementAndGet();
                        return ApiResponse.json(201, "{\"id\":\"new\",\"changeKey\":\"k\"}");
                    }
                    return ApiResponse.json(200, "{\"id\":\"c\",\"changeKey\":\"k\",\"displayName\":\"Ada\"}");
                }).build().start();
        emulator.faults().retryAfterSeconds(0);
        client = GraphContactsClients.create(new GraphClientSettings(emulator.baseUrl(), true, maxRetries,
                maxRetryDelay, clientConcurrency, Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new StaticTokenProvider("emulator-token"));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Contact> parallelGets(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Contact>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = "c" + i;
                futures.add(pool.submit(() -> client.getContact(Mailbox.of("me"), id, null)));
            }
            List<Contact> results = new ArrayList<>();
            for (Future<Contact> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stayingWithinTheMailboxLimitMeansGraphNeverThrottles() throws Exception {
        start(4, 4, 0);
        assertThat(parallelGets(36)).hasSize(36).allSatisfy(c -> assertThat(c.getDisplayName()).isEqualTo("Ada"));
        assertThat(emulator.throttling().throttledRequests()).isZero();
        assertThat(emulator.throttling().maxConcurrencyObserved()).isBetween(1, 4);
    }

    @Test
    void exceedingTheLimitIsThrottledAndRetriedWithoutLoss() throws Exception {
        // a client allowed more than the mailbox takes: Graph answers 429 with Retry-After 1, the client waits it out
        start(2, 8, 10, 1, Duration.ofSeconds(2));
        assertThat(parallelGets(24)).hasSize(24);
        assertThat(emulator.throttling().throttledRequests()).isPositive();
    }

    @Test
    void recoversFromEveryRetryableFaultKind() {
        start(4, 4, 3);
        for (FaultKind kind : List.of(FaultKind.THROTTLED, FaultKind.THROTTLED_NO_RETRY_AFTER,
                FaultKind.SERVICE_UNAVAILABLE, FaultKind.SERVICE_UNAVAILABLE_NO_RETRY_AFTER, FaultKind.GATEWAY_TIMEOUT,
                FaultKind.DROP_CONNECTION, FaultKind.TRUNCATED_BODY, FaultKind.DROP_AFTER_PROCESSING)) {
            emulator.faults().failNext(2, kind);
            assertThat(client.getContact(Mailbox.of("me"), "c", null).getId()).as(kind.name()).isEqualTo("c");
            assertThat(emulator.faults().injected(kind)).as(kind.name()).isEqualTo(2);
        }
    }

    @Test
    void throttlingLongerThanTheRetriesIsReportedAsThrottled() {
        start(4, 4, 2);
        emulator.faults().failNext(5, FaultKind.SERVICE_UNAVAILABLE);
        assertThatThrownBy(() -> client.getContact(Mailbox.of("me"), "c", null))
                .isInstanceOf(GraphThrottledException.class)
                .satisfies(e -> assertThat(((GraphException) e).getStatus()).isEqualTo(503));
        assertThat(emulator.faults().injected(FaultKind.SERVICE_UNAVAILABLE)).isEqualTo(3);
    }

    @Test
    void aCreateWhoseAnswerIsLostIsNotSentTwice() {
        start(4, 4, 3);
        emulator.faults().failNext(1, FaultKind.DROP_AFTER_PROCESSING);
        Contact contact = new Contact();
        contact.setGivenName("Ada");
        assertThatThrownBy(() -> client.createContact(Mailbox.of("me"), null, contact))
                .isInstanceOf(GraphException.class)
                .satisfies(e -> assertThat(((GraphException) e).getStatus()).isZero());
        // Graph applied it once; a blind retry would have created a duplicate contact.
        assertThat(posts.get()).isEqualTo(1);
    }

    @Test
    void aThrottledCreateIsRetriedBecauseGraphDidNotApplyIt() {
        start(4, 4, 3);
        emulator.faults().failNext(2, FaultKind.THROTTLED);
        Contact contact = new Contact();
        contact.setGivenName("Ada");
        assertThat(client.createContact(Mailbox.of("me"), null, contact).getId()).isEqualTo("new");
        assertThat(posts.get()).isEqualTo(1);
    }
}
