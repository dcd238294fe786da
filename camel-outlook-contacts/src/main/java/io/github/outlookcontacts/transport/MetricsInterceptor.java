package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Reports every HTTP exchange with Graph to the {@link TransportMetrics}: its status and the time until its response
 * headers arrived. Sits inside the retry (each attempt counts) and the concurrency limit (waiting for a permit is not
 * Graph's time).
 */
final class MetricsInterceptor implements Interceptor {

    private final MailboxPath mailboxes;
    private final TransportMetrics metrics;

    MetricsInterceptor(URI baseUrl, TransportMetrics metrics) {
        this.mailboxes = new MailboxPath(baseUrl);
        this.metrics = metrics;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        String mailbox = mailboxes.mailbox(request.uri());
        long start = System.nanoTime();
        int status = 0;
        try {
            HttpResponse response = chain.proceed(request);
            status = response.status();
            return response;
        } finally {
            metrics.request(mailbox, request.method(), status, Duration.ofNanos(System.nanoTime() - start));
            if (status == 429) {
                metrics.throttled(mailbox);
            }
        }
    }
}
