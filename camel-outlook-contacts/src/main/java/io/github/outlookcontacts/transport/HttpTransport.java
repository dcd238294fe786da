package io.github.outlookcontacts.transport;

import java.io.IOException;

/**
 * Sends HTTP requests to Graph through the interceptor chain (retry, auth, concurrency limit, ids).
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends the request. The caller must close the response. I/O failures that survive the retries are thrown;
     * HTTP error statuses are returned as responses.
     */
    HttpResponse execute(HttpRequest request) throws IOException;

    /** The configured Graph root. */
    java.net.URI baseUrl();

    /** The retry policy this transport applies; a transport that does not retry answers {@link RetryPolicy#none()}. */
    default RetryPolicy retryPolicy() {
        return RetryPolicy.none();
    }

    /**
     * The server asked every request to the mailbox of {@code request} to wait {@code wait} (a Retry-After seen in a
     * {@code $batch} sub-response): the transport holds them back. A transport without pacing ignores it.
     */
    default void pause(HttpRequest request, java.time.Duration wait) {
    }

    @Override
    void close();
}
