package io.github.outlookcontacts.graph.batch;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.graph.BatchRequest;
import io.github.outlookcontacts.graph.BatchResponse;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs any number of {@link BatchItem}s through Graph JSON batching: at most 20 sub-requests per {@code $batch}, at
 * most {@code maxConcurrentRequests / 4} batches in flight (Graph runs up to 4 sub-requests of each batch at once
 * against the mailbox, so that keeps the mailbox's in-flight count within {@code maxConcurrentRequests}), and throttled sub-requests (429, 503, 504) sent again in a
 * new batch after the largest {@code Retry-After} of their batch (capped), up to {@code maxRetries} times. Returns
 * one {@link BatchOutcome} per item, in input order; a failed item never stops the others.
 */
public final class BatchExecutor {

    /** Graph's limit of sub-requests per {@code $batch}. */
    public static final int MAX_REQUESTS_PER_BATCH = 20;
    /** Sub-requests of one batch Graph runs at once against Outlook ({@code throttling-limits.md}). */
    public static final int SUB_REQUESTS_IN_PARALLEL = 4;

    private static final Logger LOG = LoggerFactory.getLogger(BatchExecutor.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    /** Waits between retries; tests may replace it. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param maxConcurrentRequests requests in flight on the mailbox; a batch counts as 4 (at least one batch runs)
     * @param maxRetries            how often a throttled sub-request is sent again
     * @param maxRetryDelay         cap on one wait
     * @param headers               headers every sub-request carries (e.g. {@code Prefer: IdType="ImmutableId"})
     */
    public record Settings(int maxConcurrentRequests, int maxRetries, Duration maxRetryDelay,
            Map<String, String> headers) {

        public Settings {
            if (maxConcurrentRequests < 1) {
                throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
            }
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }

    private final GraphContactsClient client;
    private final Executor executor;
    private final Settings settings;
    private final Sleeper sleeper;

    /** {@code executor} runs the batches in parallel; null runs them one after the other on the caller's thread. */
    public BatchExecutor(GraphContactsClient client, Executor executor, Settings settings) {
        this(client, executor, settings, d -> Thread.sleep(d.toMillis()));
    }

    public BatchExecutor(GraphContactsClient client, Executor executor, Settings settings, Sleeper sleeper) {
        this.client = client;
        this.executor = executor;
        this.settings = settings;
        this.sleeper = sleeper;
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
            runInParallel(items, chunks, outcomes);
        }
        return Arrays.asList(outcomes);
    }

    private void runInParallel(List<BatchItem> items, List<List<Integer>> chunks, BatchOutcome[] outcomes) {
        // The semaphore bounds batches in flight whatever the executor's size; each batch counts as 4 requests.
        int batches = Math.max(1, settings.maxConcurrentRequests() / SUB_REQUESTS_IN_PARALLEL);
        Semaphore inFlight = new Semaphore(batches);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (List<Integer> chunk : chunks) {
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failAll(chunk, interrupted(), outcomes);
                continue;
            }
            running.add(CompletableFuture.runAsync(() -> {
                try {
                    runChunk(items, chunk, outcomes);
                } finally {
                    inFlight.release();
                }
            }, executor));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    }

    private void runChunk(List<BatchItem> items, List<Integer> chunk, BatchOutcome[] outcomes) {
        List<Integer> pending = chunk;
        int attempt = 0;
        while (!pending.isEmpty()) {
            List<BatchResponse> responses;
            try {
                responses = client.batch(requests(items, pending));
            } catch (GraphException e) {
                if (isRetryable(e.getStatus()) && attempt < settings.maxRetries()) {
                    attempt++;
                    if (!pause(delay(attempt, null))) {
                        failAll(pending, interrupted(), outcomes);
                        return;
                    }
                    continue;
                }
                failAll(pending, e, outcomes);
                return;
            }
            Map<String, BatchResponse> byId = new HashMap<>();
            responses.forEach(r -> byId.put(r.id(), r));
            List<Integer> retry = new ArrayList<>();
            Duration retryAfter = null;
            for (int index : pending) {
                BatchResponse response = byId.get(Integer.toString(index));
                if (response == null) {
                    outcomes[index] = BatchOutcome.failure(index, new GraphException(0, "MissingSubResponse",
                            "the $batch response has no entry for sub-request " + index, null));
                } else if (isRetryable(response.status()) && attempt < settings.maxRetries()) {
                    retry.add(index);
                    retryAfter = max(retryAfter, retryAfter(response));
                } else if (response.isSuccess()) {
                    outcomes[index] = BatchOutcome.success(index, response.status(), response.body());
                } else {
                    outcomes[index] = BatchOutcome.failure(index, SubResponseErrors.from(response));
                }
            }
            if (!retry.isEmpty()) {
                attempt++;
                Duration wait = delay(attempt, retryAfter);
                LOG.debug("{} of {} sub-requests throttled; retry {} in {} ms", retry.size(), pending.size(),
                        attempt, wait.toMillis());
                if (!pause(wait)) {
                    failAll(retry, interrupted(), outcomes);
                    return;
                }
            }
            pending = retry;
        }
    }

    private List<BatchRequest> requests(List<BatchItem> items, List<Integer> indices) {
        List<BatchRequest> requests = new ArrayList<>(indices.size());
        for (int index : indices) {
            BatchItem item = items.get(index);
            Map<String, String> headers = new LinkedHashMap<>(settings.headers());
            if (item.body() != null) {
                headers.put("Content-Type", "application/json");
            }
            JsonNode body = item.body();
            requests.add(new BatchRequest(Integer.toString(index), item.method(), item.url(),
                    headers.isEmpty() ? null : headers, body, null));
        }
        return requests;
    }

    /** Retry-After when Graph sent one (capped), else exponential backoff with jitter (capped). */
    private Duration delay(int attempt, Duration retryAfter) {
        Duration cap = settings.maxRetryDelay();
        if (retryAfter != null) {
            return retryAfter.compareTo(cap) > 0 ? cap : retryAfter;
        }
        long base = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 16);
        long jittered = base + ThreadLocalRandom.current().nextLong(base / 4 + 1);
        return Duration.ofMillis(Math.min(jittered, cap.toMillis()));
    }

    private boolean pause(Duration wait) {
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Duration retryAfter(BatchResponse response) {
        String value = response.header("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static boolean isRetryable(int status) {
        return status == 429 || status == 503 || status == 504;
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
