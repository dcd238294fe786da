package io.github.outlookcontacts.emulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Serves delta pages from a {@link DeltaLog}: an initial round pages through items up to a snapshot sequence number
 * (without tombstones); later rounds page through changes and tombstones after the previous snapshot.
 */
final class DeltaReader {

    /** Tombstones skipped in one page before answering an empty page with a nextLink. */
    private static final int SCAN_FACTOR = 20;

    private final ContactStore store;
    private final DeltaTokens tokens;

    DeltaReader(ContactStore store, DeltaTokens tokens) {
        this.store = store;
        this.tokens = tokens;
    }

    DeltaPage read(Mailbox mb, DeltaLog log, boolean folders, String folderId, String token, String select,
            int pageSize) {
        String key = ContactStore.key(mb);
        DeltaCursor c;
        if (token == null) {
            c = new DeltaCursor(folders, key, folderId, select == null ? "" : select, 0, snapshot(mb), true,
                    store.tokenGeneration(), nowSeconds());
        } else {
            DeltaCursor t = tokens.decode(token);
            if (t.folders() != folders || !t.mailbox().equals(key) || !t.folderId().equals(folderId)) {
                throw DeltaTokens.badToken();
            }
            checkAlive(t);
            c = t.isDeltaToken() ? new DeltaCursor(folders, key, folderId, t.select(), t.after(), snapshot(mb), false,
                    t.generation(), t.issuedAt()) : t;
        }
        return page(log, c, pageSize);
    }

    private DeltaPage page(DeltaLog log, DeltaCursor c, int pageSize) {
        StoreOptions.DeltaRealism realism = store.options().delta();
        List<Object> items = new ArrayList<>(Math.min(pageSize, 256));
        long last = c.after();
        long beforeLast = c.after();
        int scanned = 0;
        int scanLimit = pageSize * SCAN_FACTOR + 100;
        for (Map.Entry<Long, DeltaLog.Item> e : log.range(c.after(), c.upTo()).entrySet()) {
            DeltaLog.Item item = e.getValue();
            if (item instanceof DeltaLog.Tombstone t) {
                if (!c.initial() || realism.removedInInitialRound()) {
                    items.add(new DeltaPage.Removed(t.id(), t.reason()));
                }
            } else {
                items.add(item);
            }
            beforeLast = last;
            last = e.getKey();
            if (items.size() >= pageSize || ++scanned >= scanLimit) {
                break;
            }
        }
        long gen = store.tokenGeneration();
        long now = nowSeconds();
        if (!log.range(last, c.upTo()).isEmpty()) {
            // Graph may send an item again on a later page: resume before this page's last item
            long resumeAfter = realism.replayAcrossPages() && items.size() >= 2 ? beforeLast : last;
            String skip = tokens.encode(new DeltaCursor(c.folders(), c.mailbox(), c.folderId(), c.select(), resumeAfter,
                    c.upTo(), c.initial(), gen, now));
            return new DeltaPage(items, skip, null, c.select());
        }
        String delta = tokens.encode(new DeltaCursor(c.folders(), c.mailbox(), c.folderId(), c.select(), c.upTo(),
                -1, false, gen, now));
        return new DeltaPage(items, null, delta, c.select());
    }

    /** Reads the sequence number under the mailbox lock, so every write up to it is fully applied. */
    private long snapshot(Mailbox mb) {
        synchronized (mb) {
            return store.currentSeq();
        }
    }

    private void checkAlive(DeltaCursor t) {
        java.time.Duration ttl = store.options().deltaTokenTtl();
        if (t.generation() < store.tokenGeneration()
                || (ttl != null && nowSeconds() > t.issuedAt() + ttl.toSeconds())) {
            throw new SyncStateGoneException(t.generation(), t.select());
        }
    }

    private long nowSeconds() {
        return store.now() / 1000;
    }
}
