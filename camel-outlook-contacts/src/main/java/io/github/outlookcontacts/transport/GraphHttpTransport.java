package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The Graph transport on Apache HttpClient 5: request id, user agent, Prefer, retry, concurrency limit, request
 * budget, authorization, metrics, logging, network, in that order (outermost first). Retry sits outside the
 * concurrency limit so no permit is held while waiting to retry; the budget inside it, so a request is counted when
 * it is sent; authorization inside the budget, so a token is taken after a wait for the budget, never before.
 */
public final class GraphHttpTransport implements HttpTransport {

    /** Connections per route: enough for this many mailboxes at full concurrency before requests queue in the pool. */
    private static final int POOLED_MAILBOXES = 4;

    private final URI baseUrl;
    private final CloseableHttpClient client;
    private final List<Interceptor> interceptors;
    private final ConcurrencyLimitInterceptor concurrencyLimit;
    private final RequestBudgetInterceptor budget;
    private final RetryPolicy retryPolicy;

    public GraphHttpTransport(TransportSettings settings, AccessTokenProvider tokens) {
        this(settings, tokens, RetryPolicy.of(settings));
    }

    /** With a caller-built retry policy (tests record waits instead of sleeping). */
    public GraphHttpTransport(TransportSettings settings, AccessTokenProvider tokens, RetryPolicy retryPolicy) {
        this(settings, tokens, retryPolicy, TransportMetrics.NONE);
    }

    /** Reporting every request, retry and 429 to {@code metrics}. */
    public GraphHttpTransport(TransportSettings settings, AccessTokenProvider tokens, RetryPolicy retryPolicy,
                              TransportMetrics metrics) {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(tokens, "tokens");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.baseUrl = settings.baseUrl();
        this.client = buildClient(settings);
        this.concurrencyLimit = new ConcurrencyLimitInterceptor(baseUrl, settings.maxConcurrentRequests());
        this.budget = new RequestBudgetInterceptor(baseUrl, settings.requestBudget(), settings.requestBudgetWindow(),
                retryPolicy);
        List<Interceptor> chain = new ArrayList<>();
        chain.add(new RequestIdInterceptor());
        chain.add(new UserAgentInterceptor(settings.userAgent()));
        chain.add(new PreferInterceptor(settings.immutableIds()));
        chain.add(new RetryInterceptor(retryPolicy, baseUrl, metrics));
        chain.add(concurrencyLimit);
        chain.add(budget);
        chain.add(new AuthorizationInterceptor(baseUrl, tokens));
        chain.add(new MetricsInterceptor(baseUrl, metrics));
        chain.add(new LoggingInterceptor());
        chain.add(new ApacheNetworkInterceptor(client));
        this.interceptors = List.copyOf(chain);
    }

    private static CloseableHttpClient buildClient(TransportSettings settings) {
        int poolSize = Math.max(8, settings.maxConcurrentRequests() * POOLED_MAILBOXES);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(poolSize)
                .setMaxConnPerRoute(poolSize)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.requestTimeout()))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.requestTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                // Retries and redirects are ours: a redirect must never carry the token elsewhere.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
        return InterceptorChain.execute(interceptors, request);
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    @Override
    public void pause(HttpRequest request, Duration wait) {
        budget.pause(request, wait);
    }

    /** Requests counted in the current budget window of the mailbox of {@code uri}. */
    public int budgetUsed(URI uri) {
        return budget.used(uri);
    }

    /** Requests in flight for the mailbox of {@code uri}. */
    public int inFlight(URI uri) {
        return concurrencyLimit.inFlight(uri);
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
