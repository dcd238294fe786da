package io.github.outlookcontacts.transport;

import java.time.Duration;

/**
 * Transport options; see the Graph client settings for their meaning.
 */
public record TransportSettings(String baseUrl, boolean immutableIds, int maxRetries, Duration maxRetryDelay,
        int maxConcurrentRequests, Duration connectTimeout, Duration requestTimeout, String userAgent) {

    public TransportSettings {
        Origin.requireSecure(baseUrl, "baseUrl");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was "
                                               + maxConcurrentRequests);
        }
    }
}
