package io.github.outlookcontacts.sync;

import java.util.Locale;

import io.github.outlookcontacts.graph.GraphPaths;
import io.github.outlookcontacts.graph.Mailbox;

/**
 * Echo suppression for two-way sync: the producer remembers the changeKey each of its writes got back (or that it
 * deleted the contact) in the store it shares with the consumer; a change the consumer reads with exactly that
 * changeKey is the producer's own write coming back, not a user's edit. A user's edit afterwards gets a new changeKey
 * and is emitted. The store is the consumer's {@link CursorStore} (the same state repository), so this holds across
 * restarts and between JVMs sharing it.
 * <p>
 * Keys: {@code outlook-contacts/<user>/own-writes/<contact id>}, one short value per contact the producer wrote (a
 * later write replaces the mark). Marks are not cleared when their echo is seen: a page routed again after a failure
 * must be suppressed again, and a stale mark never matches, as Graph gives every version a new changeKey.
 */
public final class OwnWrites {

    /** The mark of a contact this component deleted. */
    static final String DELETED = "-deleted-";

    private final CursorStore store;

    public OwnWrites(CursorStore store) {
        this.store = store;
    }

    /** The producer created or updated the contact, and Graph answered with {@code changeKey}. */
    public void wrote(Mailbox mailbox, String contactId, String changeKey) {
        if (contactId != null && changeKey != null && !changeKey.isBlank()) {
            store.put(key(mailbox, contactId), changeKey);
        }
    }

    /** The producer deleted the contact. */
    public void deleted(Mailbox mailbox, String contactId) {
        if (contactId != null) {
            store.put(key(mailbox, contactId), DELETED);
        }
    }

    /** True when {@code change} is the echo of the producer's own write (the same changeKey, or its delete). */
    public boolean isEcho(Mailbox mailbox, ContactChange change) {
        String mark = store.get(key(mailbox, change.contactId()));
        if (mark == null || mark.isEmpty()) {
            return false;
        }
        return change.type() == ChangeType.DELETED ? DELETED.equals(mark)
                : mark.equals(change.contact().getChangeKey());
    }

    private static String key(Mailbox mailbox, String contactId) {
        return "outlook-contacts/" + GraphPaths.queryValue(mailbox.user().toLowerCase(Locale.ROOT)) + "/own-writes/"
               + GraphPaths.queryValue(contactId);
    }
}
