package io.github.outlookcontacts.transport;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A request body and its content type. A replayable body can be sent again (retry, 401 refresh); a one-shot body
 * (a caller's stream) is sent at most once.
 */
public final class RequestBody {

    private final String contentType;
    private final long length;
    private final Supplier<InputStream> content;
    private final boolean replayable;

    private RequestBody(String contentType, long length, Supplier<InputStream> content, boolean replayable) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.length = length;
        this.content = content;
        this.replayable = replayable;
    }

    /** An in-memory body; always replayable. */
    public static RequestBody of(byte[] bytes, String contentType) {
        byte[] copy = bytes.clone();
        return new RequestBody(contentType, copy.length, () -> new ByteArrayInputStream(copy), true);
    }

    /** A body read from {@code stream} once; {@code length} may be -1 when unknown. */
    public static RequestBody oneShot(InputStream stream, long length, String contentType) {
        Objects.requireNonNull(stream, "stream");
        return new RequestBody(contentType, length, () -> stream, false);
    }

    public String contentType() {
        return contentType;
    }

    /** Length in bytes, -1 when unknown. */
    public long length() {
        return length;
    }

    public boolean isReplayable() {
        return replayable;
    }

    public InputStream open() {
        return content.get();
    }

    @Override
    public String toString() {
        return "RequestBody[" + contentType + ", " + length + " bytes]";
    }
}
