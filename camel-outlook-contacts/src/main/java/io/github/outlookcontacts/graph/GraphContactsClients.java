package io.github.outlookcontacts.graph;

import java.time.Duration;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import io.github.outlookcontacts.transport.GraphHttpTransport;
import io.github.outlookcontacts.transport.HttpTransport;
import io.github.outlookcontacts.transport.RetryPolicy;
import io.github.outlookcontacts.transport.TransportMetrics;
import io.github.outlookcontacts.transport.TransportSettings;
import io.github.outlookcontacts.transport.UserAgentInterceptor;

/**
 * Builds the default Graph client: the hand-written client over the Apache HttpClient 5 transport.
 */
public final class GraphContactsClients {

    private static final Duration MAX_INITIAL_BACKOFF = Duration.ofSeconds(1);

    private GraphContactsClients() {
    }

    /**
     * @throws IllegalArgumentException when a setting is invalid (the message names it), e.g. a non-https
     *                                  {@code baseUrl} on a host that is not loopback
     */
    public static GraphContactsClient create(GraphClientSettings settings, AccessTokenProvider tokens) {
        return create(settings, tokens, TransportMetrics.NONE);
    }

    /** Reporting requests, retries and 429s to {@code metrics}. */
    public static GraphContactsClient create(GraphClientSettings settings, AccessTokenProvider tokens,
                                             TransportMetrics metrics) {
        if (tokens == null) {
            throw new IllegalArgumentException("an AccessTokenProvider is required");
        }
        TransportSettings transport = transportSettings(settings);
        return create(new GraphHttpTransport(transport, tokens, RetryPolicy.of(transport), metrics));
    }

    /** A client over a caller-built transport (tests, custom pipelines). */
    public static GraphContactsClient create(HttpTransport transport) {
        return new DefaultGraphContactsClient(transport);
    }

    /** The transport settings for {@code settings}, validated. */
    public static TransportSettings transportSettings(GraphClientSettings settings) {
        Duration maxDelay = settings.maxRetryDelay() == null ? Duration.ofSeconds(60) : settings.maxRetryDelay();
        Duration initial = maxDelay.compareTo(MAX_INITIAL_BACKOFF) < 0 ? maxDelay : MAX_INITIAL_BACKOFF;
        return new TransportSettings(TransportSettings.parseBaseUrl(settings.baseUrl()), settings.immutableIds(),
                settings.maxRetries(), maxDelay, initial, settings.maxConcurrentRequests(), settings.connectTimeout(),
                settings.requestTimeout(), UserAgentInterceptor.defaultUserAgent(), settings.requestBudget(),
                settings.requestBudgetWindow());
    }
}
