package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries throttled and transiently failed requests, kiota-RetryHandler style: 429, 503 and 504 (any method, the
 * server did not do the work or says so), and I/O failures (connect failures for any method; read timeouts, dropped
 * connections and truncated bodies only for idempotent methods, because a POST may already have been applied).
 * Waits {@code Retry-After} (seconds or HTTP date, plus a small random spread) when given, else exponential backoff with jitter; every wait is
 * capped at {@code maxRetryDelay}. Never retries a one-shot body; stops when the thread is interrupted.
 */
public final class RetryInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);
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

    public RetryInterceptor(int maxRetries, Duration maxDelay, Duration initialBackoff) {
        this(maxRetries, maxDelay, initialBackoff, d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
    }

    public RetryInterceptor(int maxRetries, Duration maxDelay, Duration initialBackoff, Sleeper sleeper,
                            Clock clock) {
        this.maxRetries = Math.max(0, maxRetries);
        this.maxDelay = maxDelay;
        this.initialBackoff = initialBackoff;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        for (int attempt = 0;; attempt++) {
            HttpResponse response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                // SocketTimeoutException is an InterruptedIOException too: only a real interrupt stops retrying.
                if (Thread.currentThread().isInterrupted() || !isRetryable(e, request) || attempt >= maxRetries) {
                    if (attempt > 0) {
                        LOG.warn("{} failed after {} retries: {}", request, attempt, e.getClass().getSimpleName());
                    }
                    throw e;
                }
                waitBeforeRetry(request, attempt, backoff(attempt), e.getClass().getSimpleName());
                continue;
            }
            if (!RETRY_STATUS.contains(response.status()) || !request.isReplayable()) {
                return response;
            }
            if (attempt >= maxRetries) {
                LOG.warn("{} still answered HTTP {} after {} retries; giving up", request, response.status(), attempt);
                return response;
            }
            int failedAttempt = attempt;
            Duration wait = retryAfter(response.header("Retry-After")).map(this::withSpread)
                    .orElseGet(() -> backoff(failedAttempt));
            String reason = "HTTP " + response.status();
            response.close();
            waitBeforeRetry(request, attempt, wait, reason);
        }
    }

    private boolean isRetryable(IOException e, HttpRequest request) {
        if (!request.isReplayable()) {
            return false;
        }
        boolean notSent = e instanceof ConnectException || e instanceof ConnectTimeoutException
                          || e instanceof NoRouteToHostException || e instanceof UnknownHostException;
        return notSent || request.isIdempotent();
    }

    private void waitBeforeRetry(HttpRequest request, int attempt, Duration wait, String reason)
            throws InterruptedIOException {
        Duration capped = wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
        LOG.debug("{}: {}; retry {}/{} in {} ms", request, reason, attempt + 1, maxRetries, capped.toMillis());
        try {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            sleeper.sleep(capped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry " + request);
        }
    }

    /**
     * Retry-After plus up to half the initial backoff, so callers throttled together do not all come back in the
     * same instant (Graph's MailboxConcurrency 429s would otherwise repeat for the whole herd).
     */
    private Duration withSpread(Duration retryAfter) {
        long spread = initialBackoff.toMillis() / 2;
        return retryAfter.plusMillis(spread <= 0 ? 0 : ThreadLocalRandom.current().nextLong(spread + 1));
    }

    /** Exponential backoff (initial × 2^attempt) with ±50% jitter, before the cap. */
    Duration backoff(int attempt) {
        long base = initialBackoff.toMillis() << Math.min(attempt, 20);
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base + 1);
        return Duration.ofMillis(Math.max(0, jittered));
    }

    /** Retry-After as delta seconds or an HTTP date (RFC 9110 §10.2.3); empty when absent or unreadable. */
    Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
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
}
