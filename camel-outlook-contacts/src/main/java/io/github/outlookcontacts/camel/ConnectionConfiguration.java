package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.Map;

import io.github.outlookcontacts.graph.GraphClientSettings;
import io.github.outlookcontacts.transport.TransportSettings;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * How the endpoint talks to Microsoft Graph: where, with which ids, how patiently and how many requests at once.
 */
@UriParams
public class ConnectionConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0";

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL)
    private String baseUrl = DEFAULT_BASE_URL;
    @UriParam(label = "advanced", defaultValue = "true")
    private boolean immutableIds = true;
    @UriParam(label = "advanced", defaultValue = "5")
    private int maxRetries = 5;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long maxRetryDelay = 60000;
    @UriParam(label = "advanced", defaultValue = "4")
    private int maxConcurrentRequests = 4;
    @UriParam(label = "advanced", defaultValue = "10000")
    private int requestBudget = TransportSettings.GRAPH_REQUEST_BUDGET;
    @UriParam(label = "advanced", defaultValue = "600000", javaType = "java.time.Duration")
    private long requestBudgetWindow = TransportSettings.GRAPH_REQUEST_BUDGET_WINDOW.toMillis();
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long requestTimeout = 60000;

    /** The Graph client's settings; the transport checks the limits when it is built. */
    GraphClientSettings toSettings() {
        return new GraphClientSettings(baseUrl, immutableIds, maxRetries, Duration.ofMillis(maxRetryDelay),
                maxConcurrentRequests, Duration.ofMillis(connectTimeout), Duration.ofMillis(requestTimeout),
                requestBudget, Duration.ofMillis(requestBudgetWindow));
    }

    /** Fails, naming the option and its allowed values, when the request budget is not one (at endpoint creation). */
    void check() {
        TransportSettings.checkRequestBudget(requestBudget, Duration.ofMillis(requestBudgetWindow));
    }

    /** Headers every {@code $batch} sub-request carries; retries and concurrency come from the client. */
    public Map<String, String> batchHeaders() {
        return immutableIds ? Map.of("Prefer", "IdType=\"ImmutableId\"") : Map.of();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The Microsoft Graph root (https required except for loopback); use a national cloud's root or the emulator's
     * URL here.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isImmutableIds() {
        return immutableIds;
    }

    /**
     * Send Prefer: IdType="ImmutableId" so contact ids survive moves between folders.
     */
    public void setImmutableIds(boolean immutableIds) {
        this.immutableIds = immutableIds;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a request answered 429, 503, 504 or failing with an I/O error is retried, honouring
     * Retry-After; 0 disables retries.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    /**
     * The longest wait between two retries in milliseconds; a longer Retry-After is capped to it.
     */
    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /**
     * The most requests in flight at once per mailbox (Outlook allows 4).
     */
    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public int getRequestBudget() {
        return requestBudget;
    }

    /**
     * The most requests per mailbox in any requestBudgetWindow, every $batch sub-request counted: requests wait
     * for room in the budget instead of being answered 429. Graph allows 10,000 per 10 minutes per app and mailbox
     * (the default); set it lower when another client of the same app registration uses the mailbox too. 0 disables
     * the pacing (a Retry-After from Graph still pauses the mailbox). Endpoints with the same connection and
     * credential options (a consumer and producers alike) share one budget per mailbox.
     */
    public void setRequestBudget(int requestBudget) {
        this.requestBudget = requestBudget;
    }

    public long getRequestBudgetWindow() {
        return requestBudgetWindow;
    }

    /**
     * The sliding window of requestBudget in milliseconds (or a duration such as 10m); at least 1 second. Graph's is
     * 10 minutes.
     */
    public void setRequestBudgetWindow(long requestBudgetWindow) {
        this.requestBudgetWindow = requestBudgetWindow;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Connect timeout in milliseconds.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * Timeout in milliseconds for waiting on a response (socket read); a timed-out request is retried.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public ConnectionConfiguration copy() {
        try {
            return (ConnectionConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
