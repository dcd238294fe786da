package io.github.outlookcontacts.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one retry policy, kiota-RetryHandler style: which statuses are retried (429, 503, 504; 500 and 502 are not,
 * like Graph's SDKs), how long to wait ({@code Retry-After} as seconds or an HTTP date plus a small spread, else
 * exponential backoff with jitter; every wait capped at {@code maxDelay}), interruptible waits, and how many attempts
 * one request may make ({@code maxRetries + 1}, counted by {@link Attempts}). The transport applies it to every
 * request; the {@code $batch} layer applies the same object to throttled sub-responses.
 */
public final class RetryPolicy {

    private static final Set<Integer> RETRY_STATUS = Set.of(429, 503, 504);

    /** Waits between attempts; tests may record instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int maxRetries;
    private final Duration maxDelay;
    private final Duration initialBackoff;
    private final Sleeper sleeper;
    private final Clock clock;

    public RetryPolicy(int maxRetries, Duration maxDelay, Duration initialBackoff) {
        this(maxRetries, maxDelay, initialBackoff, d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
    }

    public RetryPolicy(int maxRetries, Duration maxDelay, Duration initialBackoff, Sleeper sleeper, Clock clock) {
        this.maxRetries = Math.max(0, maxRetries);
        this.maxDelay = maxDelay;
        this.initialBackoff = initialBackoff;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** The policy of {@code settings}' {@code maxRetries}, {@code maxRetryDelay} and {@code initialBackoff}. */
    public static RetryPolicy of(TransportSettings settings) {
        return new RetryPolicy(settings.maxRetries(), settings.maxRetryDelay(), settings.initialBackoff());
    }

    /** No retries at all (a transport or client that does not retry). */
    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO);
    }

    /** Retries after the first attempt. */
    public int maxRetries() {
        return maxRetries;
    }

    /** A new count of the attempts of one request, allowing {@code maxRetries + 1}. */
    public Attempts attempts() {
        return new Attempts(maxRetries + 1);
    }

    /** 429, 503 and 504: the server did not do the work, or says so. */
    public boolean isRetryable(int status) {
        return RETRY_STATUS.contains(status);
    }

    /**
     * The wait before retry number {@code retry} (0 for the first retry): {@code retryAfter} plus up to half the
     * initial backoff, so callers throttled together do not come back in the same instant, or else exponential
     * backoff; capped at {@code maxDelay}.
     */
    public Duration delay(int retry, Optional<Duration> retryAfter) {
        return capped(retryAfter.map(this::withSpread).orElseGet(() -> backoff(retry)));
    }

    /** {@code wait}, or {@code maxDelay} if that is shorter: the longest pause this policy accepts from a server. */
    public Duration capped(Duration wait) {
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }

    /** Sleeps {@code wait}, or throws at once if the thread is (or gets) interrupted; the flag stays set. */
    public void sleep(Duration wait) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** Retry-After as delta seconds or an HTTP date (RFC 9110 §10.2.3); empty when absent or unreadable. */
    public Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    /** Exponential backoff (initial × 2^retry) with ±50% jitter, before the cap. */
    Duration backoff(int retry) {
        long base = initialBackoff.toMillis() << Math.min(Math.max(0, retry), 20);
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base + 1);
        return Duration.ofMillis(Math.max(0, jittered));
    }

    private Duration withSpread(Duration retryAfter) {
        long spread = initialBackoff.toMillis() / 2;
        return retryAfter.plusMillis(spread <= 0 ? 0 : ThreadLocalRandom.current().nextLong(spread + 1));
    }

    /**
     * The attempts one request has made, shared by every layer that sends it again: the transport counts each
     * attempt of a {@code $batch} envelope, the batch layer each re-send of a throttled sub-request, so together they
     * never exceed {@code maxRetries + 1}. Thread-safe.
     */
    public static final class Attempts {

        private final int allowed;
        private final AtomicInteger made = new AtomicInteger();

        private Attempts(int allowed) {
            this.allowed = allowed;
        }

        /** Counts one attempt about to be made. */
        public void count() {
            made.incrementAndGet();
        }

        /** Attempts made so far. */
        public int made() {
            return made.get();
        }

        /** Retries made so far (attempts after the first). */
        public int retries() {
            return Math.max(0, made.get() - 1);
        }

        /** True when another attempt is allowed. */
        public boolean mayRetry() {
            return made.get() < allowed;
        }

        @Override
        public String toString() {
            return made.get() + "/" + allowed + " attempts";
        }
    }
}
