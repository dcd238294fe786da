package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries what Graph asks to be retried (429, 503, 504) and I/O failures (timeouts, dropped connections, truncated
 * bodies), waiting {@code Retry-After} when given, else exponential backoff with jitter; every wait is capped.
 */
final class RetryInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);
    private static final Duration BASE_DELAY = Duration.ofMillis(500);

    private final int maxRetries;
    private final Duration maxDelay;
    private final Clock clock;

    RetryInterceptor(int maxRetries, Duration maxDelay, Clock clock) {
        this.maxRetries = maxRetries;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    static boolean isRetryable(int status) {
        return status == 429 || status == 503 || status == 504;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        for (int attempt = 0;; attempt++) {
            HttpResponse response;
            try {
                response = chain.proceed(request);
            } catch (InterruptedIOException e) {
                if (Thread.currentThread().isInterrupted() || attempt >= maxRetries) {
                    throw e;
                }
                pause(request, attempt, null, "timeout");
                continue;
            } catch (IOException e) {
                if (attempt >= maxRetries) {
                    throw e;
                }
                pause(request, attempt, null, e.getClass().getSimpleName());
                continue;
            }
            if (!isRetryable(response.status()) || attempt >= maxRetries) {
                return response;
            }
            String retryAfter = response.header("Retry-After");
            response.close();
            pause(request, attempt, retryAfter, "HTTP " + response.status());
        }
    }

    private void pause(HttpRequest request, int attempt, String retryAfter, String reason) throws IOException {
        Duration delay = RetryAfter.parse(retryAfter, clock).orElseGet(() -> backoff(attempt));
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        LOG.debug("{} {} failed ({}); retry {} of {} in {} ms", request.method(), Redaction.url(request.uri()),
                reason, attempt + 1, maxRetries, delay.toMillis());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry " + request.method() + " "
                                             + Redaction.url(request.uri()));
        }
    }

    /** Full jitter: a random wait up to base * 2^attempt, at least a quarter of it. */
    private Duration backoff(int attempt) {
        long ceiling = BASE_DELAY.toMillis() << Math.min(attempt, 16);
        long jittered = ceiling / 4 + ThreadLocalRandom.current().nextLong(ceiling - ceiling / 4 + 1);
        return Duration.ofMillis(jittered);
    }
}
