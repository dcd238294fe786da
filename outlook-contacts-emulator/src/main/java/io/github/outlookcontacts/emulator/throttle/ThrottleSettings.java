package io.github.outlookcontacts.emulator.throttle;

import java.time.Duration;

/**
 * Outlook-like limits per (app, mailbox): requests in flight at once, and requests per time window.
 *
 * @param maxConcurrency           requests one app may have in flight on one mailbox (Outlook: 4)
 * @param requestBudget            requests one app may make to one mailbox per window (Outlook: 10,000)
 * @param window                   the budget's window (Outlook: 10 minutes)
 * @param concurrencyRetryAfterSeconds the Retry-After sent when the concurrency limit is hit
 */
public record ThrottleSettings(int maxConcurrency, int requestBudget, Duration window,
        int concurrencyRetryAfterSeconds) {

    public ThrottleSettings {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
        }
        if (requestBudget < 1) {
            throw new IllegalArgumentException("requestBudget must be at least 1, was " + requestBudget);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be a positive duration, was " + window);
        }
        if (concurrencyRetryAfterSeconds < 0) {
            throw new IllegalArgumentException("concurrencyRetryAfterSeconds must be 0 or more, was "
                    + concurrencyRetryAfterSeconds);
        }
    }

    /** Outlook's documented limits: 4 concurrent, 10,000 per 10 minutes; Retry-After 1 s on concurrency. */
    public static ThrottleSettings outlookDefaults() {
        return new ThrottleSettings(4, 10_000, Duration.ofMinutes(10), 1);
    }

    public ThrottleSettings withMaxConcurrency(int value) {
        return new ThrottleSettings(value, requestBudget, window, concurrencyRetryAfterSeconds);
    }

    public ThrottleSettings withBudget(int requests, Duration per) {
        return new ThrottleSettings(maxConcurrency, requests, per, concurrencyRetryAfterSeconds);
    }

    public ThrottleSettings withConcurrencyRetryAfterSeconds(int seconds) {
        return new ThrottleSettings(maxConcurrency, requestBudget, window, seconds);
    }
}
