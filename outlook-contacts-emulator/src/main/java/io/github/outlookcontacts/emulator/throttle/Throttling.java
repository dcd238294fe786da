package io.github.outlookcontacts.emulator.throttle;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;

/**
 * Outlook-style throttling per (app, mailbox) plus request counters that tests read ("how many PATCHes reached the
 * server?"). Shared by the top-level pipeline and the {@code $batch} sub-request pipeline, so each sub-request is
 * limited and counted on its own.
 */
public final class Throttling {

    static final String THROTTLED_CODE = "ApplicationThrottled";
    static final String THROTTLED_MESSAGE = "Application is over its MailboxConcurrency limit.";
    /** Same family as the observed concurrency and IncomingBytes messages; the exact wording is unverified. */
    static final String BUDGET_MESSAGE = "Application is over its MailboxRequests limit.";

    private final ThrottleSettings baseline;
    private volatile ThrottleSettings settings;
    private final Map<String, MailboxLimiter> limiters = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final Map<String, LongAdder> byMethodAndPath = new ConcurrentHashMap<>();
    private final RetryAfterGuard retryAfter = new RetryAfterGuard();
    private final boolean baselineEnforceRetryAfter;
    private volatile boolean enforceRetryAfter;

    public Throttling(ThrottleSettings settings) {
        this(settings, false);
    }

    /**
     * @param enforceRetryAfter answer 429 to requests that arrive on a mailbox before the Retry-After of its last
     *                          429/503 has elapsed (and restart that wait), like Dev Proxy's RetryAfterPlugin
     */
    public Throttling(ThrottleSettings settings, boolean enforceRetryAfter) {
        this.baseline = settings;
        this.settings = settings;
        this.baselineEnforceRetryAfter = enforceRetryAfter;
        this.enforceRetryAfter = enforceRetryAfter;
    }

    /** The pipeline step: counts the request, then applies the budget and the concurrency limit. */
    public ApiHandler filter(ApiHandler next) {
        return request -> handle(request, next);
    }

    private ApiResponse handle(ApiRequest request, ApiHandler next) {
        total.increment();
        String path = MailboxKey.graphPath(request.rawPath());
        byMethodAndPath.computeIfAbsent(request.method() + " " + path, k -> new LongAdder()).increment();
        String mailbox = MailboxKey.mailbox(request);
        if (mailbox == null) {
            // $batch envelopes and tenant-wide paths: their sub-requests are limited one by one.
            return next.handle(request);
        }
        String key = MailboxKey.appId(request) + "|" + mailbox;
        long stillWaiting = retryAfter.check(key, enforceRetryAfter);
        if (stillWaiting > 0) {
            return throttledResponse(stillWaiting, THROTTLED_MESSAGE);
        }
        ApiResponse response = limited(key, request, next);
        retryAfter.observe(key, response);
        return response;
    }

    private ApiResponse limited(String key, ApiRequest request, ApiHandler next) {
        ThrottleSettings current = settings;
        MailboxLimiter limiter = limiters.computeIfAbsent(key, k -> new MailboxLimiter());
        long budgetRetryAfter = limiter.takeBudget(current);
        if (budgetRetryAfter > 0) {
            return throttledResponse(budgetRetryAfter, BUDGET_MESSAGE);
        }
        if (!limiter.enter(current.maxConcurrency())) {
            return throttledResponse(current.concurrencyRetryAfterSeconds(), THROTTLED_MESSAGE);
        }
        try {
            return next.handle(request);
        } finally {
            limiter.exit();
        }
    }

    private ApiResponse throttledResponse(long retryAfterSeconds, String message) {
        throttled.increment();
        return ApiResponse.error(429, THROTTLED_CODE, message)
                .header("Retry-After", Long.toString(retryAfterSeconds));
    }

    public ThrottleSettings settings() {
        return settings;
    }

    /** Changes the limits at run time (the budget windows already open keep their usage). */
    public void settings(ThrottleSettings newSettings) {
        this.settings = newSettings;
    }

    /** Switches Retry-After enforcement on or off at run time (see {@link #Throttling(ThrottleSettings, boolean)}). */
    public void enforceRetryAfter(boolean enforce) {
        this.enforceRetryAfter = enforce;
    }

    public boolean isEnforcingRetryAfter() {
        return enforceRetryAfter;
    }

    /**
     * Requests that reached a mailbox while the Retry-After of its last 429/503 was still running (counted whether or
     * not enforcement is on); 0 proves a client paused the whole mailbox as told.
     */
    public long requestsDuringRetryAfter() {
        return retryAfter.earlyRequests();
    }

    /** The most requests seen in flight at once on {@code mailbox} (any app), including rejected attempts. */
    public int maxConcurrencyObserved(String mailbox) {
        String suffix = "|" + mailbox.toLowerCase(Locale.ROOT);
        return limiters.entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
                .mapToInt(e -> e.getValue().maxObserved()).max().orElse(0);
    }

    /** The most requests seen in flight at once on any single mailbox. */
    public int maxConcurrencyObserved() {
        return limiters.values().stream().mapToInt(MailboxLimiter::maxObserved).max().orElse(0);
    }

    /** Authenticated Graph requests that reached the throttle, batch sub-requests included. */
    public long totalRequests() {
        return total.sum();
    }

    /** Requests answered 429 by the throttle (not by fault injection). */
    public long throttledRequests() {
        return throttled.sum();
    }

    /** Requests with this method (e.g. {@code "PATCH"}), batch sub-requests included. */
    public long requestCount(String method) {
        return requestCount(method, "");
    }

    /** Requests with this method whose path (without {@code /v1.0}, still encoded) contains {@code pathPart}. */
    public long requestCount(String method, String pathPart) {
        String prefix = method.toUpperCase(Locale.ROOT) + " ";
        return byMethodAndPath.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getKey().substring(prefix.length()).contains(pathPart))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    /** Clears the counters and pending Retry-After waits, restores the build-time limits (budget windows restart). */
    public void reset() {
        settings = baseline;
        enforceRetryAfter = baselineEnforceRetryAfter;
        retryAfter.reset();
        total.reset();
        throttled.reset();
        byMethodAndPath.clear();
        limiters.values().forEach(MailboxLimiter::resetCounters);
        limiters.entrySet().removeIf(e -> e.getValue().maxObserved() == 0);
        limiters.values().forEach(MailboxLimiter::resetBudget);
    }
}
