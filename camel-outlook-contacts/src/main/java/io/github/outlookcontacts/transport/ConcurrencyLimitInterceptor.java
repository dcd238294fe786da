package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps at most N requests in flight per mailbox (Outlook answers 429 beyond 4). The permit is held until the
 * response is closed, so a streamed delta page counts until it has been read.
 */
final class ConcurrencyLimitInterceptor implements Interceptor {

    private final int permits;
    private final ConcurrentMap<String, Semaphore> mailboxes = new ConcurrentHashMap<>();

    ConcurrencyLimitInterceptor(int permits) {
        this.permits = permits;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        Semaphore semaphore = mailboxes.computeIfAbsent(mailboxKey(chain.request().uri().getRawPath()),
                k -> new Semaphore(permits, true));
        try {
            semaphore.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a request slot");
        }
        HttpResponse response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException | RuntimeException e) {
            semaphore.release();
            throw e;
        }
        return response.onClose(semaphore::release);
    }

    /** {@code me}, or the {@code /users/{id}} segment, of a Graph path; batches and others share one key. */
    static String mailboxKey(String rawPath) {
        String[] segments = rawPath == null ? new String[0] : rawPath.split("/");
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i].toLowerCase(Locale.ROOT);
            if (s.equals("me")) {
                return "me";
            }
            if (s.equals("users") && i + 1 < segments.length) {
                return "users/" + segments[i + 1].toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
