package io.github.outlookcontacts.graph.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.github.outlookcontacts.graph.BatchRequest;
import io.github.outlookcontacts.graph.BatchResponse;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.transport.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs any number of {@link BatchItem}s through Graph JSON batching: at most 20 sub-requests per {@code $batch}, and
 * throttled sub-requests (429, 503, 504) sent again in a new batch after the largest {@code Retry-After} of their
 * batch. The envelope itself is retried by the transport; both follow the client's one {@link RetryPolicy} and count
 * in one {@link RetryPolicy.Attempts} per batch, so no item is sent more than {@code maxRetries + 1} times. How many
 * batches are in flight, how fast they go and the pause after a throttled sub-request (for every sender of the
 * mailbox) are the transport's, per mailbox. Returns one {@link BatchOutcome} per item, in input
 * order; a failed item never stops the others.
 */
public final class BatchExecutor {

    /** Graph's limit of sub-requests per {@code $batch}. */
    public static final int MAX_REQUESTS_PER_BATCH = 20;

    private static final Logger LOG = LoggerFactory.getLogger(BatchExecutor.class);

    private final GraphContactsClient client;
    private final Executor executor;
    private final RetryPolicy retries;
    private final Map<String, String> headers;

    /**
     * With the client's own retry policy.
     *
     * @param executor runs the batches in parallel; null runs them one after the other on the caller's thread
     * @param headers  headers every sub-request carries (e.g. {@code Prefer: IdType="ImmutableId"}); may be null
     */
    public BatchExecutor(GraphContactsClient client, Executor executor, Map<String, String> headers) {
        this(client, executor, client.retryPolicy(), headers);
    }

    /** With a given retry policy (tests record waits instead of sleeping). */
    public BatchExecutor(GraphContactsClient client, Executor executor, RetryPolicy retries,
                         Map<String, String> headers) {
        this.client = client;
        this.executor = executor;
        this.retries = retries;
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** Runs every item; the result has one outcome per item, in input order. */
    public List<BatchOutcome> execute(List<BatchItem> items) {
        BatchOutcome[] outcomes = new BatchOutcome[items.size()];
        List<List<Integer>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += MAX_REQUESTS_PER_BATCH) {
            List<Integer> chunk = new ArrayList<>();
            for (int i = start; i < Math.min(items.size(), start + MAX_REQUESTS_PER_BATCH); i++) {
                chunk.add(i);
            }
            chunks.add(chunk);
        }
        if (executor == null || chunks.size() == 1) {
            chunks.forEach(chunk -> runChunk(items, chunk, outcomes));
        } else {
            CompletableFuture.allOf(chunks.stream()
                    .map(chunk -> CompletableFuture.runAsync(() -> runChunk(items, chunk, outcomes), executor))
                    .toArray(CompletableFuture[]::new)).join();
        }
        return Arrays.asList(outcomes);
    }

    /** Every envelope of a chunk carries all of its pending items, so one attempt count serves them all. */
    private void runChunk(List<BatchItem> items, List<Integer> chunk, BatchOutcome[] outcomes) {
        RetryPolicy.Attempts attempts = retries.attempts();
        List<Integer> pending = chunk;
        while (!pending.isEmpty()) {
            List<BatchResponse> responses;
            try {
                responses = client.batch(requests(items, pending), attempts);
            } catch (GraphException e) {
                // The transport has already retried the envelope as far as the shared attempt count allows.
                failAll(pending, e, outcomes);
                return;
            }
            Map<String, BatchResponse> byId = new HashMap<>();
            responses.forEach(r -> byId.put(r.id(), r));
            List<Integer> retry = new ArrayList<>();
            Optional<Duration> retryAfter = Optional.empty();
            for (int index : pending) {
                BatchResponse response = byId.get(Integer.toString(index));
                if (response == null) {
                    outcomes[index] = BatchOutcome.failure(index, new GraphException(0, "MissingSubResponse",
                            "the $batch response has no entry for sub-request " + index, null));
                } else if (retries.isRetryable(response.status()) && attempts.mayRetry()) {
                    retry.add(index);
                    retryAfter = longer(retryAfter, retries.retryAfter(response.header("Retry-After")));
                } else if (response.isSuccess()) {
                    outcomes[index] = BatchOutcome.success(index, response.status(), response.body());
                } else {
                    outcomes[index] = BatchOutcome.failure(index, SubResponseErrors.from(response));
                }
            }
            if (!retry.isEmpty() && !pause(retry, pending.size(), attempts, retryAfter)) {
                failAll(retry, interrupted(), outcomes);
                return;
            }
            pending = retry;
        }
    }

    private boolean pause(List<Integer> retry, int sent, RetryPolicy.Attempts attempts,
                          Optional<Duration> retryAfter) {
        Duration wait = retries.delay(attempts.retries(), retryAfter);
        LOG.debug("{} of {} sub-requests throttled after {}; sending them again in {} ms", retry.size(), sent,
                attempts, wait.toMillis());
        try {
            retries.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private List<BatchRequest> requests(List<BatchItem> items, List<Integer> indices) {
        List<BatchRequest> requests = new ArrayList<>(indices.size());
        for (int index : indices) {
            BatchItem item = items.get(index);
            Map<String, String> itemHeaders = new LinkedHashMap<>(headers);
            if (item.body() != null) {
                itemHeaders.put("Content-Type", "application/json");
            }
            requests.add(new BatchRequest(Integer.toString(index), item.method(), item.url(),
                    itemHeaders.isEmpty() ? null : itemHeaders, item.body(), null));
        }
        return requests;
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    private static GraphException interrupted() {
        return new GraphException(0, "Interrupted", "interrupted while waiting to retry a throttled sub-request", null);
    }

    private static void failAll(List<Integer> indices, GraphException error, BatchOutcome[] outcomes) {
        for (int index : indices) {
            outcomes[index] = BatchOutcome.failure(index, error);
        }
    }
}
