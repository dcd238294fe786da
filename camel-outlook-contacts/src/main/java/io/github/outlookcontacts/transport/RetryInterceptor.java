package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link RetryPolicy} to every request: retryable statuses (any method, the server did not do the work
 * or says so) and I/O failures (connect failures for any method; read timeouts, dropped connections and truncated
 * bodies only for idempotent methods, because a POST may already have been applied). Never retries a one-shot body;
 * stops when the thread is interrupted. A request that carries {@link HttpRequest#attempts()} counts its attempts
 * there, so a layer above that sends it again shares one limit with this one.
 */
public final class RetryInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    private final RetryPolicy policy;
    private final MailboxPath mailboxes;
    private final TransportMetrics metrics;

    public RetryInterceptor(RetryPolicy policy) {
        this(policy, null, TransportMetrics.NONE);
    }

    /** Reports each retry to {@code metrics}, under the mailbox of the request's path below {@code baseUrl}. */
    public RetryInterceptor(RetryPolicy policy, URI baseUrl, TransportMetrics metrics) {
        this.policy = policy;
        this.mailboxes = baseUrl == null ? null : new MailboxPath(baseUrl);
        this.metrics = metrics;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        RetryPolicy.Attempts attempts = request.attempts() != null ? request.attempts() : policy.attempts();
        while (true) {
            attempts.count();
            HttpResponse response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                // SocketTimeoutException is an InterruptedIOException too: only a real interrupt stops retrying.
                if (Thread.currentThread().isInterrupted() || !isRetryable(e, request) || !attempts.mayRetry()) {
                    if (attempts.retries() > 0) {
                        LOG.warn("{} failed after {}: {}", request, attempts, e.getClass().getSimpleName());
                    }
                    throw e;
                }
                waitBeforeRetry(request, attempts, Optional.empty(), e.getClass().getSimpleName());
                continue;
            }
            if (!policy.isRetryable(response.status()) || !request.isReplayable()) {
                return response;
            }
            if (!attempts.mayRetry()) {
                LOG.warn("{} still answered HTTP {} after {}; giving up", request, response.status(), attempts);
                return response;
            }
            Optional<Duration> retryAfter = policy.retryAfter(response.header("Retry-After"));
            String reason = "HTTP " + response.status();
            response.close();
            waitBeforeRetry(request, attempts, retryAfter, reason);
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

    private void waitBeforeRetry(HttpRequest request, RetryPolicy.Attempts attempts, Optional<Duration> retryAfter,
                                 String reason) throws InterruptedIOException {
        Duration wait = policy.delay(attempts.retries(), retryAfter);
        if (mailboxes != null) {
            metrics.retry(mailboxes.mailbox(request.uri()));
        }
        LOG.debug("{}: {}; retry {}/{} in {} ms", request, reason, attempts.made(), policy.maxRetries(),
                wait.toMillis());
        try {
            policy.sleep(wait);
        } catch (InterruptedException e) {
            throw new InterruptedIOException("interrupted while waiting to retry " + request);
        }
    }
}
