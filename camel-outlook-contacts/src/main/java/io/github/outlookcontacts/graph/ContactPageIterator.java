package io.github.outlookcontacts.graph;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

import io.github.outlookcontacts.model.Contact;

/**
 * Iterates a paged contact list, fetching the next page (following {@code @odata.nextLink}) only when the current
 * one is used up. Each page is read completely and its response closed before items are handed out, so no
 * connection or concurrency permit is held while the caller works.
 */
final class ContactPageIterator implements ContactListing {

    /** Fetches one page into the buffer and returns its links and count. */
    @FunctionalInterface
    interface PageFetcher {
        DeltaPage fetch(URI page, DeltaSink<Contact> into);
    }

    private final PageFetcher fetcher;
    private final LinkGuard guard;
    private final Deque<Contact> buffer = new ArrayDeque<>();
    private URI nextPage;
    private boolean fetchedOne;
    private Long count;

    ContactPageIterator(URI firstPage, PageFetcher fetcher, LinkGuard guard) {
        this.nextPage = firstPage;
        this.fetcher = fetcher;
        this.guard = guard;
    }

    @Override
    public boolean hasNext() {
        // A page may be empty but still carry a nextLink: keep going until an item or the end.
        while (buffer.isEmpty() && nextPage != null) {
            fetchPage();
        }
        return !buffer.isEmpty();
    }

    @Override
    public Long totalCount() {
        if (!fetchedOne && nextPage != null) {
            fetchPage();
        }
        return count;
    }

    private void fetchPage() {
        DeltaPage page = fetcher.fetch(nextPage, new DeltaSink<>() {
            @Override
            public void changed(Contact item) {
                buffer.add(item);
            }

            @Override
            public void removed(String id, String reason) {
                // lists carry no removals
            }
        });
        if (!fetchedOne) {
            count = page.odataCount();
            fetchedOne = true;
        }
        String link = page.nextLink();
        nextPage = link == null ? null : guard.check(link, "@odata.nextLink");
    }

    @Override
    public Contact next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }
}
