package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.util.UUID;

/**
 * Tags each request with a {@code client-request-id} UUID (kept across retries of the same request) so a failure can
 * be traced in Graph's logs.
 */
public final class RequestIdInterceptor implements Interceptor {

    public static final String HEADER = "client-request-id";

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        if (request.header(HEADER) == null) {
            request = request.withHeader(HEADER, UUID.randomUUID().toString());
        }
        return chain.proceed(request);
    }
}
