package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps at most {@code maxConcurrentRequests} requests in flight per mailbox (Outlook's MailboxConcurrency limit is
 * 4), with a fair semaphore per mailbox so no caller starves. The permit is held until the response is closed, because
 * Graph counts a request as in flight until its body has been sent. The mailbox is read from the path: {@code /me} or
 * {@code /users/{id}}, for a {@code $batch} the one its sub-requests address; other requests share one mailbox-less
 * limit. A {@code $batch} envelope takes up to {@value #BATCH_PARALLELISM} permits (one per sub-request, at most 4,
 * at most all): Graph runs up to 4 of its sub-requests at once against the mailbox, so more envelopes in flight would
 * be throttled sub-request by sub-request.
 */
public final class ConcurrencyLimitInterceptor implements Interceptor {

    /** Sub-requests of one {@code $batch} Graph runs at once against Outlook ({@code throttling-limits.md}). */
    static final int BATCH_PARALLELISM = 4;

    private final int maxConcurrent;
    private final MailboxPath mailboxes;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

    public ConcurrencyLimitInterceptor(URI baseUrl, int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was " + maxConcurrent);
        }
        this.maxConcurrent = maxConcurrent;
        this.mailboxes = new MailboxPath(baseUrl);
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        Semaphore semaphore = permits.computeIfAbsent(Origin.of(request.uri()) + mailboxes.key(request),
                k -> new Semaphore(maxConcurrent, true));
        int subRequests = request.batched().size();
        int weight = subRequests == 0 ? 1 : Math.min(Math.min(BATCH_PARALLELISM, subRequests), maxConcurrent);
        try {
            semaphore.acquire(weight);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a free request slot for " + request);
        }
        try {
            return chain.proceed(request).withCloseAction(() -> semaphore.release(weight));
        } catch (IOException | RuntimeException | Error e) {
            semaphore.release(weight);
            throw e;
        }
    }

    /** Requests currently holding a permit for the mailbox of {@code uri} (for tests and health). */
    public int inFlight(URI uri) {
        Semaphore semaphore = permits.get(mailboxKey(uri));
        return semaphore == null ? 0 : maxConcurrent - semaphore.availablePermits();
    }

    /** {@code origin + "/me"}, {@code origin + "/users/{id}"} (lower case: UPNs ignore case) or the origin alone. */
    String mailboxKey(URI uri) {
        return Origin.of(uri) + mailboxes.key(uri);
    }
}
