package io.github.outlookcontacts.sync;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one delta page teaches about a folder's contacts, keyed by the page's link: the entries of its segment and the
 * contacts a resync met again unchanged. When a page is given up, the entries its route confirmed are kept under the
 * same link, so when the page is requested again its already-confirmed changes are not emitted a second time.
 */
final class PageChanges {

    /** Marks a removal in {@link #entries} (changeKey hashes are never negative). */
    private static final long REMOVED = Long.MIN_VALUE;

    private final String link;
    private final Map<String, Long> entries = new LinkedHashMap<>();
    private long[] seen = new long[16];
    private int seenCount;

    PageChanges(String link) {
        this.link = link;
    }

    /** A fresh page for the same link that starts from this one's entries (its seen marks are not kept). */
    PageChanges copyEntries() {
        PageChanges copy = new PageChanges(link);
        copy.entries.putAll(entries);
        return copy;
    }

    /** An empty page for the same link. */
    PageChanges emptyCopy() {
        return new PageChanges(link);
    }

    boolean isFor(String pageLink) {
        return Objects.equals(link, pageLink);
    }

    /** The changeKey hash the contact has as far as this page and the known set tell, or {@link KnownContacts#ABSENT}. */
    long previous(String id, long idHash, KnownContacts known) {
        Long value = entries.get(id);
        if (value != null) {
            return value == REMOVED ? KnownContacts.ABSENT : value;
        }
        return known.changeKey(idHash);
    }

    void changed(String id, long changeKeyHash) {
        entries.put(id, changeKeyHash);
    }

    void removed(String id) {
        entries.put(id, REMOVED);
    }

    /** A contact met again unchanged during a resync. */
    void seen(long idHash) {
        if (seenCount == seen.length) {
            seen = Arrays.copyOf(seen, seenCount * 2);
        }
        seen[seenCount++] = idHash;
    }

    Segments.Builder segment() {
        Segments.Builder segment = new Segments.Builder();
        entries.forEach((id, value) -> {
            if (value == REMOVED) {
                segment.removed(id);
            } else {
                segment.live(id, value);
            }
        });
        for (int i = 0; i < seenCount; i++) {
            segment.seen(seen[i]);
        }
        return segment;
    }

    /** Applies the committed page to the known set; during a resync every contact of the page counts as seen. */
    void applyTo(KnownContacts known, boolean resync) {
        entries.forEach((id, value) -> {
            long hash = KnownContacts.idHash(id);
            if (value == REMOVED) {
                known.remove(hash);
            } else {
                known.put(hash, value);
                if (resync) {
                    known.markSeen(hash);
                }
            }
        });
        for (int i = 0; i < seenCount; i++) {
            known.markSeen(seen[i]);
        }
    }
}
