package io.github.outlookcontacts.graph.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.outlookcontacts.auth.StaticTokenProvider;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.graph.GraphClientSettings;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphContactsClients;
import io.github.outlookcontacts.graph.GraphPaths;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.Contact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one retry limit of {@code $batch}, counted at the emulator: however the throttling falls on the envelope
 * (retried by the transport) and on its sub-requests (sent again by {@link BatchExecutor}), no item reaches the
 * server more than {@code maxRetries + 1} times, and the batches in flight stay within the transport's limit.
 */
class BatchRetryEmulatorTest {

    private static final int MAX_RETRIES = 3;
    private static final Mailbox ME = Mailbox.of(Mailbox.ME);

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private GraphEmulator emulator;
    private GraphContactsClient client;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().port(0).build().start();
        emulator.faults().retryAfterSeconds(0);
        client = client(4);
    }

    /** Waits capped at 20 ms keep the test fast; the attempt count is what is asserted. */
    private GraphContactsClient client(int maxConcurrentRequests) {
        return GraphContactsClients.create(new GraphClientSettings(emulator.baseUrl(), true, MAX_RETRIES,
                Duration.ofMillis(20), maxConcurrentRequests, Duration.ofSeconds(2), Duration.ofSeconds(10)),
                new StaticTokenProvider("emulator-token"));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        client.close();
        emulator.close();
    }

    private List<BatchOutcome> run(List<BatchItem> items) {
        return new BatchExecutor(client, pool, null).execute(items);
    }

    private List<String> contacts(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Contact c = new Contact();
            c.setGivenName("Retry" + i);
            ids.add(client.createContact(ME, null, c).getId());
        }
        emulator.resetFaultsAndCounters();
        emulator.faults().retryAfterSeconds(0);
        return ids;
    }

    private static List<BatchItem> patches(List<String> ids) {
        return ids.stream().map(id -> BatchItem.patch(path(id),
                JsonNodeFactory.instance.objectNode().put("jobTitle", "Engineer"))).toList();
    }

    private static String path(String id) {
        return "/me/contacts/" + GraphPaths.segment(id);
    }

    private long envelopes() {
        return emulator.throttling().requestCount("POST", "/$batch");
    }

    @ParameterizedTest
    @EnumSource(value = FaultKind.class, names = { "THROTTLED", "THROTTLED_NO_RETRY_AFTER", "SERVICE_UNAVAILABLE",
        "GATEWAY_TIMEOUT" })
    void aThrottledEnvelopeIsSentAtMostMaxRetriesPlusOneTimes(FaultKind fault) {
        List<String> ids = contacts(1);
        emulator.faults().onlyPathsContaining("/$batch").rate(1.0).errors(fault);

        List<BatchOutcome> outcomes = run(patches(ids));

        assertThat(envelopes()).isEqualTo(MAX_RETRIES + 1);
        assertThat(emulator.throttling().requestCount("PATCH")).as("sub-requests behind refused envelopes").isZero();
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(fault.status()));
    }

    @ParameterizedTest
    @EnumSource(value = FaultKind.class, names = { "THROTTLED", "THROTTLED_NO_RETRY_AFTER",
        "SERVICE_UNAVAILABLE_NO_RETRY_AFTER", "GATEWAY_TIMEOUT" })
    void everyThrottledSubRequestIsSentAtMostMaxRetriesPlusOneTimes(FaultKind fault) {
        List<String> ids = contacts(20);
        emulator.faults().onlyMethods("PATCH").rate(1.0).errors(fault);

        List<BatchOutcome> outcomes = run(patches(ids));

        assertThat(envelopes()).isEqualTo(MAX_RETRIES + 1);
        for (String id : ids) {
            assertThat(emulator.throttling().requestCount("PATCH", path(id))).as("attempts of %s", id)
                    .isEqualTo(MAX_RETRIES + 1);
        }
        assertThat(outcomes).hasSize(20).allSatisfy(o -> assertThat(o.status()).isEqualTo(fault.status()));
    }

    @Test
    void envelopeAndSubRequestRetriesShareOneLimit() {
        List<String> ids = contacts(5);
        // two refused envelopes, then every sub-request over the mailbox's request budget (429 + Retry-After)
        emulator.faults().onlyPathsContaining("/$batch").failNext(2, FaultKind.THROTTLED);
        emulator.throttling().settings(emulator.throttling().settings().withBudget(1, Duration.ofMinutes(10)));
        client.getContact(ME, ids.get(0), null); // uses up the budget

        List<BatchOutcome> outcomes = run(patches(ids));

        assertThat(envelopes()).isEqualTo(MAX_RETRIES + 1);
        for (String id : ids) {
            assertThat(emulator.throttling().requestCount("PATCH", path(id))).isEqualTo(MAX_RETRIES + 1 - 2);
        }
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(429));
    }

    @Test
    void throttledSubRequestsSucceedOnALaterAttemptAndOthersAreNotResent() {
        List<String> ids = contacts(20);
        emulator.faults().onlyMethods("PATCH").failNext(3, FaultKind.THROTTLED);

        List<BatchOutcome> outcomes = run(patches(ids));

        assertThat(outcomes).hasSize(20).allMatch(BatchOutcome::isSuccess);
        assertThat(envelopes()).isEqualTo(2);
        assertThat(emulator.throttling().requestCount("PATCH")).isEqualTo(20 + 3);
    }

    @Test
    void batchesInFlightStayWithinTheTransportsLimit() {
        client.close();
        client = client(2);
        List<String> ids = contacts(200);
        emulator.faults().onlyMethods("PATCH").latency(Duration.ofMillis(5));

        List<BatchOutcome> outcomes = run(patches(ids));

        assertThat(outcomes).hasSize(200).allMatch(BatchOutcome::isSuccess);
        assertThat(envelopes()).isEqualTo(10);
        // the executor has 8 threads, but one envelope is in flight at a time (an envelope takes the transport's
        // permits); Graph, and so the emulator, runs up to 4 sub-requests of it at once
        assertThat(emulator.throttling().maxConcurrencyObserved("me@emulator.local")).isLessThanOrEqualTo(4);
    }
}
