package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the consumer has seen of one folder: contact id → changeKey fingerprint. It is the snapshot at the start of
 * the current round plus an overlay of the changes committed during it, so that a resync can tell which contacts
 * vanished (in the snapshot, not seen again) and the overlay can be stored page by page.
 */
final class KnownContacts {

    /** Overlay marker: the contact was removed during this round. */
    static final long REMOVED = Long.MIN_VALUE;

    private CompactIndex snapshot;
    private CompactIndex overlay = new CompactIndex();

    KnownContacts(CompactIndex snapshot) {
        this.snapshot = snapshot;
    }

    /** The changeKey fingerprint last seen for {@code id}, or {@link CompactIndex#ABSENT}. */
    long lookup(String id) {
        long v = overlay.get(id);
        if (v == REMOVED) {
            return CompactIndex.ABSENT;
        }
        return v != CompactIndex.ABSENT ? v : snapshot.get(id);
    }

    /** True when the current round has already committed something for {@code id}. */
    boolean seenThisRound(String id) {
        return overlay.get(id) != CompactIndex.ABSENT;
    }

    void apply(Map<String, Long> committedPage) {
        committedPage.forEach(overlay::put);
    }

    int size() {
        return snapshot.size() + overlay.size();
    }

    /** Ends a normal round: the snapshot absorbs the overlay. */
    CompactIndex mergeOverlay() {
        CompactIndex merged = new CompactIndex(snapshot.size() + overlay.size());
        snapshot.forEach((id, v) -> {
            if (overlay.get(id) == CompactIndex.ABSENT) {
                merged.put(id, v);
            }
        });
        overlay.forEach((id, v) -> {
            if (v != REMOVED) {
                merged.put(id, v);
            }
        });
        return reset(merged);
    }

    /** Ids in the snapshot that the current (full) round did not see: they vanished. */
    List<String> notSeenThisRound() {
        List<String> vanished = new ArrayList<>();
        snapshot.forEach((id, v) -> {
            if (overlay.get(id) == CompactIndex.ABSENT) {
                vanished.add(id);
            }
        });
        return vanished;
    }

    /** Ends a full resync round: only what it saw survives. */
    CompactIndex replaceWithOverlay() {
        CompactIndex seen = new CompactIndex(overlay.size());
        overlay.forEach((id, v) -> {
            if (v != REMOVED) {
                seen.put(id, v);
            }
        });
        return reset(seen);
    }

    private CompactIndex reset(CompactIndex newSnapshot) {
        snapshot = newSnapshot;
        overlay = new CompactIndex();
        return newSnapshot;
    }

    /** A stable 64-bit fingerprint of a changeKey (never 0 or {@link #REMOVED}). */
    static long fingerprint(String changeKey) {
        long h = 0xcbf29ce484222325L;
        String s = changeKey == null ? "" : changeKey;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == CompactIndex.ABSENT || h == REMOVED ? 1 : h;
    }
}
