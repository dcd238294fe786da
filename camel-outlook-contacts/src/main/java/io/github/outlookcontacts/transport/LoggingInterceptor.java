package io.github.outlookcontacts.transport;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each network attempt at DEBUG with a redacted URL, the status and the time to the response headers.
 */
public final class LoggingInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingInterceptor.class);

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        if (!LOG.isDebugEnabled()) {
            return chain.proceed(chain.request());
        }
        HttpRequest request = chain.request();
        long start = System.nanoTime();
        try {
            HttpResponse response = chain.proceed(request);
            LOG.debug("{} -> {} in {} ms (client-request-id {}, request-id {})", request, response.status(),
                    (System.nanoTime() - start) / 1_000_000, request.header(RequestIdInterceptor.HEADER),
                    response.header("request-id"));
            return response;
        } catch (IOException e) {
            LOG.debug("{} -> {} after {} ms", request, e.getClass().getSimpleName(),
                    (System.nanoTime() - start) / 1_000_000);
            throw e;
        }
    }
}
