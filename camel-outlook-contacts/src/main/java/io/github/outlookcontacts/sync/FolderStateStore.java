package io.github.outlookcontacts.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Persists one folder's state in a {@link CursorStore}: the cursor, the known-contacts snapshot in chunks, and one log
 * entry per committed page. Page logs are small, so committing a page costs the page, not the folder.
 */
final class FolderStateStore {

    static final int CHUNK = 2000;

    private final CursorStore store;
    private final String prefix;

    FolderStateStore(CursorStore store, String user, String folderId) {
        this.store = store;
        this.prefix = "outlook-contacts/" + user.toLowerCase(java.util.Locale.ROOT) + "/"
                      + (folderId == null ? "default" : folderId) + "/";
    }

    SyncCursor loadCursor() {
        String value = store.get(prefix + "cursor");
        return value == null || value.isEmpty() ? null : SyncCursor.decode(value);
    }

    /** Loads the snapshot and replays the committed page logs of the current round. */
    KnownContacts loadKnown(SyncCursor cursor) {
        CompactIndex snapshot = new CompactIndex(cursor.chunks() * CHUNK);
        for (int i = 0; i < cursor.chunks(); i++) {
            decodeInto(store.get(chunkKey(cursor.gen(), i)), snapshot::put);
        }
        KnownContacts known = new KnownContacts(snapshot);
        for (int i = 1; i <= cursor.logs(); i++) {
            Map<String, Long> page = new LinkedHashMap<>();
            decodeInto(store.get(prefix + "log." + i), page::put);
            known.apply(page);
        }
        return known;
    }

    /** Commits a page: its log first, then the cursor that makes it count. */
    SyncCursor commitPage(SyncCursor cursor, Map<String, Long> page, String link) {
        int logs = cursor.logs();
        if (!page.isEmpty()) {
            logs++;
            store.put(prefix + "log." + logs, encode(page));
        }
        SyncCursor next = cursor.withLink(link, logs);
        store.put(prefix + "cursor", next.encode());
        return next;
    }

    /** Ends a round: the new snapshot in chunks, then the cursor; leftovers of the old layout are emptied. */
    SyncCursor commitSnapshot(SyncCursor old, CompactIndex snapshot, String link, SyncCursor.Phase phase) {
        int gen = old.gen() ^ 1;
        StringBuilder chunk = new StringBuilder();
        int[] state = { 0, 0 }; // entries in chunk, chunks written
        snapshot.forEach((id, value) -> {
            appendLine(chunk, id, value);
            if (++state[0] == CHUNK) {
                store.put(chunkKey(gen, state[1]++), chunk.toString());
                chunk.setLength(0);
                state[0] = 0;
            }
        });
        if (state[0] > 0) {
            store.put(chunkKey(gen, state[1]++), chunk.toString());
        }
        SyncCursor next = new SyncCursor(link, phase, 0, state[1], gen);
        store.put(prefix + "cursor", next.encode());
        for (int i = 0; i < old.chunks(); i++) {
            store.put(chunkKey(old.gen(), i), "");
        }
        for (int i = 1; i <= old.logs(); i++) {
            store.put(prefix + "log." + i, "");
        }
        return next;
    }

    private String chunkKey(int gen, int index) {
        return prefix + "known." + gen + "." + index;
    }

    private static String encode(Map<String, Long> page) {
        StringBuilder sb = new StringBuilder(page.size() * 180);
        page.forEach((id, value) -> appendLine(sb, id, value));
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, String id, long value) {
        sb.append(id).append('\t').append(value == KnownContacts.REMOVED ? "-" : Long.toHexString(value))
                .append('\n');
    }

    private static void decodeInto(String text, java.util.function.ObjLongConsumer<String> sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int start = 0;
        while (start < text.length()) {
            int tab = text.indexOf('\t', start);
            int end = text.indexOf('\n', tab);
            String value = text.substring(tab + 1, end);
            sink.accept(text.substring(start, tab),
                    "-".equals(value) ? KnownContacts.REMOVED : Long.parseUnsignedLong(value, 16));
            start = end + 1;
        }
    }
}
