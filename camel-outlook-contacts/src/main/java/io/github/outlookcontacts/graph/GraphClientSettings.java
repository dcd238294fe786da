package io.github.outlookcontacts.graph;

import java.time.Duration;

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
 */
public record GraphClientSettings(String baseUrl, boolean immutableIds, int maxRetries, Duration maxRetryDelay,
        int maxConcurrentRequests, Duration connectTimeout, Duration requestTimeout) {

    public static GraphClientSettings defaults(String baseUrl) {
        return new GraphClientSettings(baseUrl, true, 5, Duration.ofSeconds(60), 4, Duration.ofSeconds(10),
                Duration.ofSeconds(60));
    }
}
