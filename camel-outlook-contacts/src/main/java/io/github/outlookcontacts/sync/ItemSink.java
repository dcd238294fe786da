package io.github.outlookcontacts.sync;

import io.github.outlookcontacts.graph.DeltaSink;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;

/**
 * Decides what each delta item of a page means, against the page so far and the known set: a new id is
 * {@code created}, a known id with another changeKey is {@code updated}, an {@code @removed} of a known id is
 * {@code deleted}; a replay or (during a resync) an unchanged contact emits nothing.
 */
final class ItemSink implements DeltaSink<Contact> {

    private final PageChanges page;
    private final KnownContacts known;
    private final ChangeEmitter emitter;
    private final boolean resync;
    private final boolean quiet;
    private final MoveTracker moves;

    /** @param moves recognises moves between synced folders, or null when a single folder is synced */
    ItemSink(PageChanges page, KnownContacts known, ChangeEmitter emitter, boolean resync, boolean quiet,
             MoveTracker moves) {
        this.page = page;
        this.known = known;
        this.emitter = emitter;
        this.resync = resync;
        this.quiet = quiet;
        this.moves = moves;
    }

    @Override
    public void changed(Contact contact) {
        String id = contact.getId();
        if (id == null) {
            return;
        }
        long hash = KnownContacts.idHash(id);
        long key = changeKeyHash(contact);
        long previous = page.previous(id, hash, known);
        if (previous == key) {
            if (resync) {
                page.seen(hash);
            }
            return;
        }
        boolean created = previous == KnownContacts.ABSENT && (moves == null || !moves.arrivedFromTree(id));
        emitter.emit(created ? ChangeType.CREATED : ChangeType.UPDATED, contact, null, quiet);
        page.changed(id, key);
    }

    @Override
    public void removed(String id, String reason) {
        if (id == null || page.previous(id, KnownContacts.idHash(id), known) == KnownContacts.ABSENT) {
            return; // never seen by the route: nothing to tell it
        }
        boolean movedAway = "changed".equals(reason) && moves != null && moves.movedWithinTree(id);
        if (!movedAway) {
            emitter.emit(ChangeType.DELETED, Contact.ofId(id), reason == null ? "deleted" : reason, quiet);
        }
        page.removed(id);
    }

    static long changeKeyHash(Contact contact) {
        // Without a changeKey (Graph always sends one) any difference in the JSON counts as an update.
        String key = contact.getChangeKey() != null ? contact.getChangeKey() : GraphJson.toJson(contact);
        return KnownContacts.changeKeyHash(key);
    }
}
