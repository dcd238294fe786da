package io.github.outlookcontacts.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * How the transport talks HTTP. The base URL must use https unless its host is a loopback address (tests, the
 * emulator); every check fails with an {@link IllegalArgumentException} naming the setting.
 *
 * @param baseUrl               the Graph root; its origin is the only one that receives the bearer token
 * @param immutableIds          add {@code Prefer: IdType="ImmutableId"}
 * @param maxRetries            retries after the first attempt (0 disables retrying)
 * @param maxRetryDelay         cap on one wait between attempts
 * @param initialBackoff        first backoff when the server gives no Retry-After (doubles per attempt, jittered)
 * @param maxConcurrentRequests in-flight requests per mailbox
 * @param connectTimeout        TCP connect timeout
 * @param requestTimeout        socket read timeout (longest silence while waiting for bytes)
 * @param userAgent             the User-Agent header
 * @param requestBudget         requests per mailbox per {@code requestBudgetWindow}, {@code $batch} sub-requests
 *                              counted one by one; 0 disables the budget (Graph's Retry-After pauses still apply)
 * @param requestBudgetWindow   the budget's sliding window
 */
public record TransportSettings(URI baseUrl, boolean immutableIds, int maxRetries, Duration maxRetryDelay,
        Duration initialBackoff, int maxConcurrentRequests, Duration connectTimeout, Duration requestTimeout,
        String userAgent, int requestBudget, Duration requestBudgetWindow) {

    /** Outlook's limit per app and mailbox: 10,000 requests per 10 minutes ({@code throttling-limits.md}). */
    public static final int GRAPH_REQUEST_BUDGET = 10_000;
    /** The window of {@link #GRAPH_REQUEST_BUDGET}. */
    public static final Duration GRAPH_REQUEST_BUDGET_WINDOW = Duration.ofMinutes(10);

    public TransportSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        checkBaseUrl(baseUrl);
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
        requirePositive("maxRetryDelay", maxRetryDelay, true);
        requirePositive("initialBackoff", initialBackoff, true);
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was "
                                               + maxConcurrentRequests);
        }
        requirePositive("connectTimeout", connectTimeout, false);
        requirePositive("requestTimeout", requestTimeout, false);
        Objects.requireNonNull(userAgent, "userAgent");
        checkRequestBudget(requestBudget, requestBudgetWindow);
    }

    /** With Graph's request budget per mailbox ({@value #GRAPH_REQUEST_BUDGET} per 10 minutes). */
    public TransportSettings(URI baseUrl, boolean immutableIds, int maxRetries, Duration maxRetryDelay,
                             Duration initialBackoff, int maxConcurrentRequests, Duration connectTimeout,
                             Duration requestTimeout, String userAgent) {
        this(baseUrl, immutableIds, maxRetries, maxRetryDelay, initialBackoff, maxConcurrentRequests, connectTimeout,
                requestTimeout, userAgent, GRAPH_REQUEST_BUDGET, GRAPH_REQUEST_BUDGET_WINDOW);
    }

    /**
     * Checks a request budget: 0 (off) or more requests, per a window of at least one second when on; the message
     * names the option and the allowed values.
     */
    public static void checkRequestBudget(int requestBudget, Duration requestBudgetWindow) {
        if (requestBudget < 0) {
            throw new IllegalArgumentException("Invalid value " + requestBudget + " for option requestBudget; allowed"
                                               + " values: 0 (no budget) or more requests per requestBudgetWindow"
                                               + " (Graph's: " + GRAPH_REQUEST_BUDGET + ")");
        }
        if (requestBudget > 0 && (requestBudgetWindow == null
                                  || requestBudgetWindow.compareTo(Duration.ofSeconds(1)) < 0)) {
            String value = requestBudgetWindow == null ? "null" : requestBudgetWindow.toMillis() + " ms";
            throw new IllegalArgumentException("Invalid value " + value + " for option"
                                               + " requestBudgetWindow; allowed values: 1 second or longer (Graph's:"
                                               + " 10 minutes)");
        }
    }

    /** Parses and checks a base URL string; a trailing '/' is removed. */
    public static URI parseBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl must be set, e.g. https://graph.microsoft.com/v1.0");
        }
        String trimmed = baseUrl.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getReason());
        }
        checkBaseUrl(uri);
        return uri;
    }

    private static void checkBaseUrl(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host, was " + uri);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not contain user info, a query or a fragment");
        }
        Origin origin = Origin.of(uri);
        boolean https = origin.scheme().equals("https");
        boolean loopbackHttp = origin.scheme().equals("http") && origin.isLoopback();
        if (!https && !loopbackHttp) {
            throw new IllegalArgumentException("baseUrl must use https (plain http is allowed only for loopback hosts"
                                               + " such as 127.0.0.1 or localhost), was " + uri);
        }
    }

    private static void requirePositive(String name, Duration value, boolean zeroAllowed) {
        if (value == null || value.isNegative() || !zeroAllowed && value.isZero()) {
            throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? "0 or more" : "positive")
                                               + ", was " + value);
        }
    }
}
