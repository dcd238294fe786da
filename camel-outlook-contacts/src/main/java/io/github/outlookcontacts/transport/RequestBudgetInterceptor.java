package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paces requests per mailbox before Graph answers 429: each attempt takes one unit of its mailbox's
 * {@link RequestBudget}, a {@code $batch} envelope one per sub-request (the envelope itself is not counted, as
 * Graph does not count it against Outlook). A 429 or 503 with a Retry-After pauses the whole mailbox, so every other
 * sender of it (other chunks of the batch, other routes, the consumer) holds back too instead of being throttled and,
 * on Outlook, extending the penalty. Sits inside the concurrency limit, so a unit is counted when its request is
 * actually sent.
 */
final class RequestBudgetInterceptor implements Interceptor {

    private final int limit;
    private final Duration window;
    private final RetryPolicy policy;
    private final MailboxPath mailboxes;
    private final Map<String, RequestBudget> budgets = new ConcurrentHashMap<>();

    RequestBudgetInterceptor(URI baseUrl, int limit, Duration window, RetryPolicy policy) {
        new RequestBudget(limit, window); // checks the settings now, not at the first request
        this.limit = limit;
        this.window = window;
        this.policy = policy;
        this.mailboxes = new MailboxPath(baseUrl);
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        Map<String, Integer> units = mailboxes.units(request);
        Map<String, Long> stamps = new HashMap<>();
        try {
            for (Map.Entry<String, Integer> mailbox : units.entrySet()) {
                stamps.put(mailbox.getKey(), budget(mailbox.getKey()).take(mailbox.getValue()));
            }
        } catch (InterruptedException e) {
            settle(units, stamps);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the request budget of " + request);
        }
        HttpResponse response;
        try {
            response = chain.proceed(request);
        } finally {
            settle(units, stamps);
        }
        if (response.status() == 429 || response.status() == 503) {
            policy.retryAfter(response.header("Retry-After")).ifPresent(wait -> pause(request, wait));
        }
        return response;
    }

    /** The server has admitted these units by now at the latest: they count from now (see {@link RequestBudget}). */
    private void settle(Map<String, Integer> units, Map<String, Long> stamps) {
        stamps.forEach((key, stamp) -> budget(key).settle(stamp, units.get(key)));
    }

    /** Holds back every request to the mailbox (or mailboxes) {@code request} addresses for {@code wait}. */
    void pause(HttpRequest request, Duration wait) {
        Duration capped = policy.capped(wait);
        mailboxes.units(request).keySet().forEach(key -> budget(key).pause(capped));
    }

    /** Units counted in the current window of the mailbox of {@code uri}. */
    int used(URI uri) {
        RequestBudget budget = budgets.get(mailboxes.key(uri));
        return budget == null ? 0 : budget.used();
    }

    private RequestBudget budget(String key) {
        return budgets.computeIfAbsent(key, k -> new RequestBudget(limit, window));
    }

    @Override
    public String toString() {
        return "request budget " + (limit == 0 ? "off" : limit + " per " + window) + " per mailbox";
    }
}
