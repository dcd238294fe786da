package io.github.outlookcontacts.sync;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

import io.github.outlookcontacts.graph.DeltaPage;
import io.github.outlookcontacts.graph.DeltaRequest;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;

/**
 * Reads delta pages for the folders of one engine, at most one page ahead: while the route handles a page, the next
 * page's request is sent, read completely and closed in the background, so Graph's (and the network's) time overlaps
 * the routing. A page read ahead is only what Graph answered to that exact request, so it is used when a folder asks
 * for that request next, and dropped otherwise (another link after a rewind or a restart); nothing of the folder's
 * state is touched in the background. Without an executor every page is read when asked for.
 */
final class PageReadAhead {

    /** A page read, with its items. */
    record Fetched(DeltaPage page, PageItems items) {
    }

    private final GraphContactsClient client;
    private final Executor executor;
    /** The page being read ahead, or read and not asked for yet; guarded by this. */
    private Ahead ahead;

    /** @param executor runs the reads ahead; null reads every page when asked for */
    PageReadAhead(GraphContactsClient client, Executor executor) {
        this.client = Objects.requireNonNull(client, "client");
        this.executor = executor;
    }

    /**
     * The page {@code request} asks for: the one read ahead for it (waiting for its read to end), else read now. A
     * failure of the read ahead is thrown here, as if the page had been read now.
     */
    Fetched read(DeltaRequest request) {
        Ahead pending = take(request);
        return pending == null ? fetch(request) : pending.await();
    }

    /** Starts reading {@code request} in the background, giving up any other page read ahead. */
    void readAhead(DeltaRequest request) {
        if (executor == null) {
            return;
        }
        Ahead next = new Ahead(request, new FutureTask<>(() -> fetch(request)));
        synchronized (this) {
            cancel(ahead);
            ahead = next;
        }
        try {
            executor.execute(next.task);
        } catch (RejectedExecutionException stopping) {
            synchronized (this) {
                if (ahead == next) {
                    ahead = null; // the page is read when asked for
                }
            }
        }
    }

    /** Gives up the page read ahead: a read in flight is interrupted and its response closed when it ends. */
    synchronized void cancel() {
        cancel(ahead);
        ahead = null;
    }

    /** Whether a page is being read ahead or waits to be asked for. */
    synchronized boolean isReadingAhead() {
        return ahead != null;
    }

    private synchronized Ahead take(DeltaRequest request) {
        Ahead pending = ahead;
        ahead = null;
        if (pending != null && !pending.request.equals(request)) {
            cancel(pending);
            return null;
        }
        return pending;
    }

    private Fetched fetch(DeltaRequest request) {
        PageItems items = new PageItems();
        DeltaPage page = client.deltaContacts(request, items);
        return new Fetched(page, items);
    }

    private static void cancel(Ahead pending) {
        if (pending != null) {
            pending.task.cancel(true);
        }
    }

    private record Ahead(DeltaRequest request, FutureTask<Fetched> task) {

        Fetched await() {
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure; // a GraphException, a SyncStateGoneException: handled as from a read now
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (CancellationException e) {
                throw new GraphException(0, "Cancelled", "reading the next delta page was cancelled", null, e);
            } catch (InterruptedException e) {
                task.cancel(true);
                Thread.currentThread().interrupt();
                throw new GraphException(0, "Interrupted", "interrupted while waiting for the next delta page",
                        null, e);
            }
        }
    }
}
