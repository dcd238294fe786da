package io.github.outlookcontacts.graph;

import java.time.Duration;

import io.github.outlookcontacts.transport.TransportSettings;

/**
 * How the Graph client talks to Graph: where, how patiently and how many requests at once.
 *
 * @param baseUrl               Graph root such as {@code https://graph.microsoft.com/v1.0}; https unless loopback
 * @param immutableIds          send {@code Prefer: IdType="ImmutableId"}
 * @param maxRetries            retries for 429/503/504 and I/O errors
 * @param maxRetryDelay         cap on one wait (Retry-After or backoff)
 * @param maxConcurrentRequests in-flight requests per mailbox
 * @param connectTimeout        TCP connect timeout
 * @param requestTimeout        response (socket read) timeout
 * @param requestBudget         requests per mailbox per {@code requestBudgetWindow} ({@code $batch} sub-requests
 *                              one by one); 0 disables it
 * @param requestBudgetWindow   the budget's sliding window
 */
public record GraphClientSettings(String baseUrl, boolean immutableIds, int maxRetries, Duration maxRetryDelay,
        int maxConcurrentRequests, Duration connectTimeout, Duration requestTimeout, int requestBudget,
        Duration requestBudgetWindow) {

    /** With Graph's request budget per mailbox (10,000 per 10 minutes). */
    public GraphClientSettings(String baseUrl, boolean immutableIds, int maxRetries, Duration maxRetryDelay,
                               int maxConcurrentRequests, Duration connectTimeout, Duration requestTimeout) {
        this(baseUrl, immutableIds, maxRetries, maxRetryDelay, maxConcurrentRequests, connectTimeout, requestTimeout,
                TransportSettings.GRAPH_REQUEST_BUDGET, TransportSettings.GRAPH_REQUEST_BUDGET_WINDOW);
    }

    public static GraphClientSettings defaults(String baseUrl) {
        return new GraphClientSettings(baseUrl, true, 5, Duration.ofSeconds(60), 4, Duration.ofSeconds(10),
                Duration.ofSeconds(60));
    }

    /** The same settings with another request budget per mailbox (0: none). */
    public GraphClientSettings withRequestBudget(int requests, Duration window) {
        return new GraphClientSettings(baseUrl, immutableIds, maxRetries, maxRetryDelay, maxConcurrentRequests,
                connectTimeout, requestTimeout, requests, window);
    }
}
