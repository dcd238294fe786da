package io.github.outlookcontacts.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response. Close it to release the connection (and the mailbox's concurrency permit).
 */
public final class HttpResponse implements AutoCloseable {

    private final int status;
    private final Map<String, String> headers;
    private final InputStream body;
    private final Runnable onClose;
    private boolean closed;

    public HttpResponse(int status, Map<String, String> headers, InputStream body, Runnable onClose) {
        this.status = status;
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? InputStream.nullInputStream() : body;
        this.onClose = onClose;
    }

    public static HttpResponse buffered(int status, Map<String, String> headers, byte[] body) {
        return new HttpResponse(status, headers, new ByteArrayInputStream(body), null);
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public InputStream body() {
        return body;
    }

    public byte[] bodyBytes() throws IOException {
        return body.readAllBytes();
    }

    public String bodyString() throws IOException {
        return new String(bodyBytes(), StandardCharsets.UTF_8);
    }

    /** A response whose {@link #close()} also runs {@code extra} (after this one's own close action). */
    public HttpResponse onClose(Runnable extra) {
        Runnable previous = onClose;
        return new HttpResponse(status, headers, body, () -> {
            try {
                if (previous != null) {
                    previous.run();
                }
            } finally {
                extra.run();
            }
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            body.close();
        } catch (IOException ignored) {
            // the connection is discarded anyway
        } finally {
            if (onClose != null) {
                onClose.run();
            }
        }
    }
}
