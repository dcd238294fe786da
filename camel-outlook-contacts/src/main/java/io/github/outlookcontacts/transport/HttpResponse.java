package io.github.outlookcontacts.transport;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP response with a streaming body. Closing it (or its body stream) releases the connection and the
 * concurrency permit; always close it, e.g. with try-with-resources.
 */
public final class HttpResponse implements Closeable {

    private final HttpRequest request;
    private final int status;
    private final HttpHeaders headers;
    private final InputStream rawBody;
    private final List<Runnable> closeActions;
    private final AtomicBoolean closed;
    private final InputStream body;

    private HttpResponse(HttpRequest request, int status, HttpHeaders headers, InputStream rawBody,
                         List<Runnable> closeActions, AtomicBoolean closed) {
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.rawBody = rawBody;
        this.closeActions = closeActions;
        this.closed = closed;
        this.body = new FilterInputStream(rawBody) {
            @Override
            public void close() {
                HttpResponse.this.close();
            }
        };
    }

    /** A response whose body is {@code body}; {@code onClose} (may be null) runs once when it is closed. */
    public static HttpResponse of(HttpRequest request, int status, HttpHeaders headers, InputStream body,
                                  Runnable onClose) {
        List<Runnable> actions = new ArrayList<>();
        if (onClose != null) {
            actions.add(once(onClose));
        }
        return new HttpResponse(request, status, headers, body == null ? InputStream.nullInputStream() : body,
                actions, new AtomicBoolean());
    }

    public static HttpResponse buffered(HttpRequest request, int status, HttpHeaders headers, byte[] body) {
        return of(request, status, headers, new ByteArrayInputStream(body), null);
    }

    /** A view of this response that also runs {@code action} when closed (actions run innermost first). */
    public HttpResponse withCloseAction(Runnable action) {
        List<Runnable> actions = new ArrayList<>(closeActions);
        actions.add(once(action));
        return new HttpResponse(request, status, headers, rawBody, actions, closed);
    }

    public HttpRequest request() {
        return request;
    }

    public int status() {
        return status;
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public String header(String name) {
        return headers.first(name);
    }

    /** The body stream; closing it closes the response. */
    public InputStream body() {
        return body;
    }

    /** Reads the rest of the body and closes the response. */
    public byte[] bodyBytes() throws IOException {
        try (InputStream in = body) {
            return in.readAllBytes();
        }
    }

    public String bodyString() throws IOException {
        return new String(bodyBytes(), StandardCharsets.UTF_8);
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Idempotent; never throws. Runs every close action of this view (each at most once over all views). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                rawBody.close();
            } catch (IOException | RuntimeException ignored) {
                // the connection is discarded by the pool either way
            }
        }
        for (Runnable action : closeActions) {
            action.run();
        }
    }

    private static Runnable once(Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    @Override
    public String toString() {
        return "HttpResponse[" + status + " for " + request + "]";
    }
}
