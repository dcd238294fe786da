package io.github.outlookcontacts.sync;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.outlookcontacts.graph.DeltaPage;
import io.github.outlookcontacts.graph.DeltaRequest;
import io.github.outlookcontacts.graph.DeltaSink;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.SyncStateGoneException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.sync.SyncCursor.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs one folder: fetches delta pages from the committed link, hands each change on, and commits a page only when
 * every change of it was handled. A failure leaves the cursor where it was, so the next poll replays the page.
 */
final class FolderSync {

    private static final Logger LOG = LoggerFactory.getLogger(FolderSync.class);

    private final GraphContactsClient client;
    private final SyncSettings settings;
    private final String folderId;
    private final FolderStateStore store;
    private SyncCursor cursor;
    private KnownContacts known;

    FolderSync(GraphContactsClient client, SyncSettings settings, String folderId, CursorStore cursorStore) {
        this.client = client;
        this.settings = settings;
        this.folderId = folderId;
        this.store = new FolderStateStore(cursorStore, settings.mailbox().user(), folderId);
    }

    String folderId() {
        return folderId;
    }

    RoundResult poll(ChangeHandler handler) {
        load();
        Tally tally = new Tally();
        boolean resyncedThisPoll = false;
        while (true) {
            PageSink sink = new PageSink(handler, tally);
            DeltaPage page;
            try {
                page = client.deltaContacts(
                        new DeltaRequest(settings.mailbox(), folderId, cursor.link(), settings.select(),
                                settings.pageSize()), sink);
            } catch (SyncStateGoneException gone) {
                if (resyncedThisPoll) {
                    throw gone;
                }
                startResync();
                resyncedThisPoll = true;
                continue;
            } catch (HandlerFailed failed) {
                return tally.result(false, true);
            }
            known.apply(sink.page);
            if (!page.isLastPage()) {
                cursor = store.commitPage(cursor, sink.page, page.nextLink());
                tally.pages++;
                if (settings.maxChangesPerPoll() > 0 && tally.changes() >= settings.maxChangesPerPoll()) {
                    return tally.result(false, false);
                }
                continue;
            }
            if (cursor.phase() == Phase.RESYNC && !emitVanished(handler, tally)) {
                // Keep this page's log; replay the same page next time, then retry the deletes not yet confirmed.
                cursor = store.commitPage(cursor, sink.page, cursor.link());
                return tally.result(false, true);
            }
            finishRound(page.deltaLink());
            tally.pages++;
            return tally.result(true, false);
        }
    }

    private void load() {
        if (cursor != null) {
            return;
        }
        SyncCursor stored = store.loadCursor();
        cursor = stored != null ? stored : SyncCursor.start(Phase.INITIAL);
        known = store.loadKnown(cursor);
    }

    private void startResync() {
        LOG.info("Delta link of folder {} in {} expired: restarting with a full round that emits only differences",
                folderId, settings.mailbox().user());
        CompactIndex merged = known.mergeOverlay();
        // An interrupted first round with changesOnly keeps recording a baseline; anything else compares.
        Phase phase = cursor.phase() == Phase.INITIAL && (settings.changesOnly() || merged.size() == 0)
                ? Phase.INITIAL : Phase.RESYNC;
        cursor = store.commitSnapshot(cursor, merged, null, phase);
    }

    private void finishRound(String deltaLink) {
        CompactIndex next = cursor.phase() == Phase.RESYNC ? known.replaceWithOverlay() : known.mergeOverlay();
        cursor = store.commitSnapshot(cursor, next, deltaLink, Phase.INCREMENTAL);
    }

    /** After a resync's last page: every contact known before but not seen again is gone. */
    private boolean emitVanished(ChangeHandler handler, Tally tally) {
        Map<String, Long> confirmed = new LinkedHashMap<>();
        try {
            for (String id : known.notSeenThisRound()) {
                if (!emit(handler, tally, ChangeType.DELETED, idOnly(id), "vanished")) {
                    return false;
                }
                confirmed.put(id, KnownContacts.REMOVED);
            }
            return true;
        } finally {
            known.apply(confirmed);
            if (!confirmed.isEmpty()) {
                cursor = store.commitPage(cursor, confirmed, cursor.link());
            }
        }
    }

    private boolean emit(ChangeHandler handler, Tally tally, ChangeType type, Contact contact, String reason) {
        if (!settings.changeTypes().contains(type)) {
            return true;
        }
        boolean ok;
        try {
            ok = handler.handle(new ContactChange(type, settings.mailbox().user(), folderId, contact, reason));
        } catch (Exception e) {
            LOG.debug("Handling a {} change failed in folder {}", type.value(), folderId, e);
            ok = false;
        }
        if (ok) {
            tally.count(type);
        }
        return ok;
    }

    private static Contact idOnly(String id) {
        Contact c = new Contact();
        c.setId(id);
        return c;
    }

    /** Decides created/updated/deleted for each item of a page, against what was seen before. */
    private final class PageSink implements DeltaSink<Contact> {

        final Map<String, Long> page = new LinkedHashMap<>();
        private final ChangeHandler handler;
        private final Tally tally;

        PageSink(ChangeHandler handler, Tally tally) {
            this.handler = handler;
            this.tally = tally;
        }

        @Override
        public void changed(Contact contact) {
            long previous = previous(contact.getId());
            long current = KnownContacts.fingerprint(contact.getChangeKey());
            ChangeType type = previous == CompactIndex.ABSENT ? ChangeType.CREATED
                    : previous == current ? null : ChangeType.UPDATED;
            boolean baseline = cursor.phase() == Phase.INITIAL && settings.changesOnly();
            if (type != null && !baseline && !emit(handler, tally, type, contact, null)) {
                throw new HandlerFailed();
            }
            page.put(contact.getId(), current);
        }

        @Override
        public void removed(String id, String reason) {
            boolean wasKnown = previous(id) != CompactIndex.ABSENT;
            if (wasKnown && !emit(handler, tally, ChangeType.DELETED, idOnly(id), reason)) {
                throw new HandlerFailed();
            }
            page.put(id, KnownContacts.REMOVED);
        }

        private long previous(String id) {
            Long inPage = page.get(id);
            if (inPage != null) {
                return inPage == KnownContacts.REMOVED ? CompactIndex.ABSENT : inPage;
            }
            return known.lookup(id);
        }
    }

    /** Aborts the page being parsed when a change failed; nothing of the page is committed. */
    private static final class HandlerFailed extends RuntimeException {
        HandlerFailed() {
            super(null, null, false, false);
        }
    }

    private static final class Tally {
        int pages;
        int created;
        int updated;
        int deleted;

        void count(ChangeType type) {
            switch (type) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case DELETED -> deleted++;
            }
        }

        int changes() {
            return created + updated + deleted;
        }

        RoundResult result(boolean complete, boolean failed) {
            return new RoundResult(pages, created, updated, deleted, complete, failed);
        }
    }
}
