package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;

/**
 * Decides what each item of a page that was read completely means, against the page so far and the known set: a
 * new id is {@code created} (or {@code updated} when it came from another synced folder), a known id with another
 * changeKey is {@code updated}, an {@code @removed} of a known id is {@code deleted} (unless it moved to another
 * synced folder); a replay or, during a resync, an unchanged contact emits nothing.
 */
final class PageClassifier {

    private final SyncSettings settings;
    private final MoveResolver moves;

    PageClassifier(SyncSettings settings, MoveResolver moves) {
        this.settings = settings;
        this.moves = moves;
    }

    /**
     * The changes to emit, in Graph's order, with the changeKey hash of each ({@link KnownContacts#ABSENT} for a
     * delete).
     */
    record Classified(List<ContactChange> changes, long[] changeKeys) {
    }

    /**
     * Records every item in {@code page} and returns the changes to emit.
     *
     * @param quiet a baseline page: everything is recorded, nothing emitted
     */
    Classified classify(FolderSync folder, List<PageItems.Item> items, PageChanges page, KnownContacts known,
                        boolean resync, boolean quiet) {
        List<ContactChange> candidates = new ArrayList<>(items.size());
        long[] candidateKeys = new long[items.size()];
        List<String> departures = new ArrayList<>();
        for (PageItems.Item item : items) {
            if (item.contact() != null) {
                long key = changed(folder, item.contact(), page, known, resync, candidates);
                if (key != KnownContacts.ABSENT) {
                    candidateKeys[candidates.size() - 1] = key;
                }
                continue;
            }
            String id = item.removedId();
            if (id == null || page.previous(id, KnownContacts.idHash(id), known) == KnownContacts.ABSENT) {
                continue; // never seen by the route: nothing to tell it
            }
            page.removed(id);
            String reason = item.reason() == null ? "deleted" : item.reason();
            if ("changed".equals(reason) && moves.tracksMoves()) {
                departures.add(id);
            }
            candidateKeys[candidates.size()] = KnownContacts.ABSENT;
            candidates.add(new ContactChange(ChangeType.DELETED, folder.folderId(), Contact.ofId(id), reason));
        }
        Set<String> movedAway = departures.isEmpty() ? Set.of() : moves.movedWithinTree(folder, departures);
        List<ContactChange> changes = new ArrayList<>(candidates.size());
        long[] keys = new long[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            ContactChange change = candidates.get(i);
            boolean moved = change.type() == ChangeType.DELETED && "changed".equals(change.removedReason())
                            && movedAway.contains(change.contactId());
            if (!quiet && !moved && settings.emits(change.type())) {
                keys[changes.size()] = candidateKeys[i];
                changes.add(change);
            }
        }
        return new Classified(changes, Arrays.copyOf(keys, changes.size()));
    }

    /** Records a created or updated contact; returns its changeKey hash if it became a candidate, else ABSENT. */
    private long changed(FolderSync folder, Contact contact, PageChanges page, KnownContacts known, boolean resync,
                         List<ContactChange> candidates) {
        String id = contact.getId();
        if (id == null) {
            return KnownContacts.ABSENT;
        }
        long hash = KnownContacts.idHash(id);
        long key = changeKeyHash(contact);
        long previous = page.previous(id, hash, known);
        if (previous == key) {
            if (resync) {
                page.seen(hash);
            }
            return KnownContacts.ABSENT;
        }
        boolean created = previous == KnownContacts.ABSENT && !moves.arrived(folder, id);
        page.changed(id, key);
        String folderId = folder.folderId() != null ? folder.folderId() : contact.getParentFolderId();
        candidates.add(new ContactChange(created ? ChangeType.CREATED : ChangeType.UPDATED, folderId, contact, null));
        return key;
    }

    static long changeKeyHash(Contact contact) {
        // Without a changeKey (Graph always sends one) any difference in the JSON counts as an update.
        String key = contact.getChangeKey() != null ? contact.getChangeKey() : GraphJson.toJson(contact);
        return KnownContacts.changeKeyHash(key);
    }
}
