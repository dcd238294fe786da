package io.github.outlookcontacts.emulator.server;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests the server is answering right now, from the moment it accepted one until its response was
 * written and closed; delta queries are also counted on their own. Lets a test see whether a client keeps a
 * response open (for instance while it processes the items of a page).
 */
public final class OpenResponses {

    private final AtomicInteger all = new AtomicInteger();
    private final AtomicInteger delta = new AtomicInteger();

    /** Responses being answered now. */
    public int all() {
        return all.get();
    }

    /** Delta-query responses ({@code .../delta}) being answered now. */
    public int delta() {
        return delta.get();
    }

    void opened(String path) {
        all.incrementAndGet();
        if (isDelta(path)) {
            delta.incrementAndGet();
        }
    }

    void closed(String path) {
        all.decrementAndGet();
        if (isDelta(path)) {
            delta.decrementAndGet();
        }
    }

    private static boolean isDelta(String path) {
        return path != null && (path.endsWith("/delta") || path.endsWith("/delta()"));
    }
}
