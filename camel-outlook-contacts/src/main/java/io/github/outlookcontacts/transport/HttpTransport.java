package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import io.github.outlookcontacts.auth.AccessTokenProvider;

/**
 * Sends Graph requests through the pipeline: standard headers → retry → per-mailbox concurrency limit → bearer token
 * (baseUrl's origin only) → network. Thread-safe; close it to release the connection pool.
 */
public final class HttpTransport implements AutoCloseable {

    private final List<Interceptor> interceptors;
    private final ApacheNetworkInterceptor network;

    public HttpTransport(TransportSettings settings, AccessTokenProvider tokens) {
        this(settings, tokens, Clock.systemUTC());
    }

    HttpTransport(TransportSettings settings, AccessTokenProvider tokens, Clock clock) {
        Origin trusted = Origin.requireSecure(settings.baseUrl(), "baseUrl");
        this.network = new ApacheNetworkInterceptor(settings);
        this.interceptors = List.of(
                new StandardHeadersInterceptor(settings.userAgent(), settings.immutableIds()),
                new RetryInterceptor(settings.maxRetries(), settings.maxRetryDelay(), clock),
                new ConcurrencyLimitInterceptor(settings.maxConcurrentRequests()),
                new AuthorizationInterceptor(trusted, tokens),
                network);
    }

    /**
     * Executes a request; the caller closes the response.
     *
     * @throws IOException          when the request failed after every retry
     * @throws ForeignHostException when the URL is not on the Graph root's origin (nothing was sent)
     */
    public HttpResponse execute(HttpRequest request) throws IOException {
        return new InterceptorChain(interceptors, 0, request).proceed(request);
    }

    @Override
    public void close() {
        network.close();
    }
}
