package io.github.outlookcontacts.graph.batch;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.outlookcontacts.graph.BatchRequest;
import io.github.outlookcontacts.graph.BatchResponse;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.transport.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduling rules of {@link BatchExecutor} (chunking, ordering, Retry-After, the shared attempt count) with a
 * scripted {@code batch} method: exact control of which sub-request is throttled and how long it says to wait cannot
 * be had from a server. The end-to-end behaviour against the emulator (attempts counted at the server, the in-flight
 * bound) is in {@link BatchRetryEmulatorTest} and the component's producer tests.
 */
class BatchExecutorTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final List<List<BatchRequest>> calls = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private GraphContactsClient client(Function<BatchRequest, BatchResponse> answer) {
        AtomicInteger inFlight = new AtomicInteger();
        return (GraphContactsClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { GraphContactsClient.class }, (proxy, method, args) -> {
                    if (method.isDefault()) { // batch(requests, attempts) counts one attempt per envelope
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    if (!method.getName().equals("batch")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    List<BatchRequest> requests = (List<BatchRequest>) args[0];
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                        calls.add(requests);
                        List<BatchResponse> out = new ArrayList<>();
                        requests.forEach(r -> out.add(answer.apply(r)));
                        Collections.reverse(out); // Graph may answer in any order
                        return out;
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
    }

    private final AtomicInteger maxInFlight = new AtomicInteger();

    private BatchExecutor executor(GraphContactsClient client, int retries) {
        RetryPolicy policy = new RetryPolicy(retries, Duration.ofSeconds(30), Duration.ofSeconds(1), sleeps::add,
                Clock.systemUTC());
        return new BatchExecutor(client, pool, policy, Map.of("Prefer", "IdType=\"ImmutableId\""));
    }

    private static List<BatchItem> posts(int n) {
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(BatchItem.post("/me/contacts", JsonNodeFactory.instance.objectNode().put("givenName", "n" + i)));
        }
        return items;
    }

    private static BatchResponse ok(BatchRequest r) {
        return new BatchResponse(r.id(), 201, Map.of(), JsonNodeFactory.instance.objectNode().put("id", "c" + r.id())
                .set("echo", r.body()));
    }

    @Test
    void splitsIntoBatchesOfTwentyRunsThemInParallelAndKeepsInputOrder() {
        List<BatchOutcome> outcomes = executor(client(BatchExecutorTest::ok), 3).execute(posts(205));
        assertThat(calls).hasSize(11).allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(20));
        assertThat(maxInFlight.get()).as("batches overlap on the executor").isGreaterThan(1);
        assertThat(outcomes).hasSize(205);
        for (int i = 0; i < 205; i++) {
            assertThat(outcomes.get(i).index()).isEqualTo(i);
            assertThat(outcomes.get(i).body().path("echo").path("givenName").asText()).isEqualTo("n" + i);
        }
        BatchRequest first = calls.get(0).get(0);
        assertThat(first.headers()).containsEntry("Content-Type", "application/json")
                .containsEntry("Prefer", "IdType=\"ImmutableId\"");
    }

    @Test
    void retriesOnlyThrottledSubRequestsAfterTheLargestRetryAfter() {
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        GraphContactsClient client = client(r -> {
            int attempt = attempts.computeIfAbsent(r.id(), k -> new AtomicInteger()).incrementAndGet();
            if (attempt == 1 && (r.id().equals("3") || r.id().equals("7"))) {
                return new BatchResponse(r.id(), 429, Map.of("retry-after", r.id().equals("3") ? "2" : "5"), null);
            }
            return ok(r);
        });
        List<BatchOutcome> outcomes = executor(client, 3).execute(posts(10));
        assertThat(outcomes).allMatch(BatchOutcome::isSuccess);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1)).extracting(BatchRequest::id).containsExactlyInAnyOrder("3", "7");
        // the largest Retry-After, plus at most half the initial backoff of spread
        assertThat(sleeps).singleElement().satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(5),
                Duration.ofMillis(5500)));
        assertThat(attempts.values()).allMatch(a -> a.get() <= 2);
    }

    @Test
    void givesUpAfterMaxRetriesAndReportsTheThrottlingError() {
        GraphContactsClient client = client(r -> r.id().equals("1")
                ? new BatchResponse(r.id(), 503, Map.of(), JsonNodeFactory.instance.objectNode().set("error",
                        JsonNodeFactory.instance.objectNode().put("code", "ServiceUnavailable").put("message", "busy")))
                : ok(r));
        List<BatchOutcome> outcomes = executor(client, 2).execute(posts(3));
        assertThat(outcomes.get(0).isSuccess()).isTrue();
        assertThat(outcomes.get(1).isSuccess()).isFalse();
        assertThat(outcomes.get(1).error().getStatus()).isEqualTo(503);
        assertThat(outcomes.get(1).error().getErrorCode()).isEqualTo("ServiceUnavailable");
        assertThat(outcomes.get(2).isSuccess()).isTrue();
        assertThat(calls).hasSize(3); // maxRetries + 1 envelopes carried item 1
        assertThat(sleeps).hasSize(2); // no Retry-After: exponential backoff, 1 s then 2 s, each jittered ±50%
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
        assertThat(sleeps.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    @Test
    void subRequestErrorsBecomeTheMatchingExceptionTypes() {
        GraphContactsClient client = client(r -> new BatchResponse(r.id(), r.id().equals("0") ? 404 : 400,
                Map.of("request-id", "rq-" + r.id()), JsonNodeFactory.instance.objectNode().set("error",
                        JsonNodeFactory.instance.objectNode().put("code", r.id().equals("0") ? "ErrorItemNotFound"
                                : "ErrorInvalidRequest").put("message", "m" + r.id()))));
        List<BatchOutcome> outcomes = executor(client, 0).execute(posts(2));
        GraphException notFound = outcomes.get(0).error();
        assertThat(notFound).isInstanceOf(GraphNotFoundException.class);
        assertThat(notFound.getRequestId()).isEqualTo("rq-0");
        assertThat(notFound.getMessage()).contains("404", "ErrorItemNotFound", "m0", "rq-0");
        assertThat(outcomes.get(1).error()).isNotInstanceOf(GraphNotFoundException.class);
        assertThat(outcomes.get(1).status()).isEqualTo(400);
    }

    @Test
    void aFailedEnvelopeFailsOnlyItsOwnItems() {
        AtomicInteger batchNo = new AtomicInteger();
        GraphContactsClient client = (GraphContactsClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { GraphContactsClient.class }, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    @SuppressWarnings("unchecked")
                    List<BatchRequest> requests = (List<BatchRequest>) args[0];
                    if (requests.get(0).id().equals("0")) {
                        throw new GraphException(400, "BadRequest", "malformed", "rq");
                    }
                    batchNo.incrementAndGet();
                    return requests.stream().map(BatchExecutorTest::ok).toList();
                });
        List<BatchOutcome> outcomes = new BatchExecutor(client, null, null).execute(posts(25));
        assertThat(outcomes.subList(0, 20)).noneMatch(BatchOutcome::isSuccess);
        assertThat(outcomes.subList(20, 25)).allMatch(BatchOutcome::isSuccess);
        assertThat(batchNo.get()).isEqualTo(1);
    }
}
