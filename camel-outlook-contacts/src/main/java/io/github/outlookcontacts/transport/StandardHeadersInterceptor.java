package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.util.UUID;

/**
 * Adds the headers every Graph request carries: a fresh {@code client-request-id} (quoted by Microsoft support),
 * the user agent, and {@code Prefer: IdType="ImmutableId"} merged with any other preference of the request.
 */
final class StandardHeadersInterceptor implements Interceptor {

    private final String userAgent;
    private final boolean immutableIds;

    StandardHeadersInterceptor(String userAgent, boolean immutableIds) {
        this.userAgent = userAgent;
        this.immutableIds = immutableIds;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        if (request.header("client-request-id") == null) {
            request = request.withHeader("client-request-id", UUID.randomUUID().toString());
        }
        request = request.withHeader("User-Agent", userAgent);
        if (immutableIds) {
            String prefer = request.header("Prefer");
            String immutable = "IdType=\"ImmutableId\"";
            request = request.withHeader("Prefer", prefer == null ? immutable : prefer + ", " + immutable);
        }
        return chain.proceed(request);
    }
}
