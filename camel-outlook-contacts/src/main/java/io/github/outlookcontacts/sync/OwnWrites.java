package io.github.outlookcontacts.sync;

import java.util.Locale;

import io.github.outlookcontacts.graph.GraphPaths;
import io.github.outlookcontacts.graph.Mailbox;

/**
 * Echo suppression for two-way sync: the producer remembers, for each write Graph acknowledged, the changeKey the
 * write started from and the one it got back (or that it deleted the contact), in the store it shares with the
 * consumer. A change the consumer reads is the producer's own write coming back when it has exactly the changeKey
 * the write got back <em>and</em> the consumer knew the contact at the version the write started from: had a user
 * edited the contact in between, the change would carry that edit too and is emitted. Consecutive writes of the
 * producer keep the starting point of the first. A user's edit afterwards gets a new changeKey and is emitted. The
 * store is the consumer's {@link CursorStore} (the same state repository), so this holds across restarts and between
 * JVMs sharing it.
 * <p>
 * Keys: {@code outlook-contacts/<user>/own-writes/<contact id>}, one short value per contact the producer wrote (a
 * later write replaces the mark). Marks are not cleared when their echo is seen: a page routed again after a failure
 * must be suppressed again, and a stale mark never matches, as Graph gives every version a new changeKey.
 */
public final class OwnWrites {

    /** The mark of a contact this component deleted. */
    static final String DELETED = "-deleted-";
    /** The starting point of a create: the consumer knew no version. */
    public static final String NEW = "";
    /** A write whose starting point is not known (an update without an etag): the changeKey alone decides. */
    public static final String UNKNOWN = "?";

    private final CursorStore store;

    public OwnWrites(CursorStore store) {
        this.store = store;
    }

    /**
     * The producer created or updated the contact, starting from version {@code before} ({@link #NEW},
     * {@link #UNKNOWN} or a changeKey), and Graph answered with {@code changeKey}.
     */
    public void wrote(Mailbox mailbox, String contactId, String before, String changeKey) {
        if (contactId == null || changeKey == null || changeKey.isBlank()) {
            return;
        }
        String key = key(mailbox, contactId);
        String start = before == null ? UNKNOWN : before;
        Mark earlier = Mark.parse(store.get(key));
        if (earlier != null && earlier.after().equals(start)) {
            start = earlier.before(); // a run of own writes: the consumer may not have seen the ones in between
        }
        store.put(key, changeKey + " " + start);
    }

    /** The producer deleted the contact. */
    public void deleted(Mailbox mailbox, String contactId) {
        if (contactId != null) {
            store.put(key(mailbox, contactId), DELETED);
        }
    }

    /** True when {@code change} is the echo of the producer's own write (see the class comment), or its delete. */
    public boolean isEcho(Mailbox mailbox, ContactChange change) {
        String value = store.get(key(mailbox, change.contactId()));
        if (change.type() == ChangeType.DELETED) {
            return DELETED.equals(value);
        }
        Mark mark = Mark.parse(value);
        if (mark == null || !mark.after().equals(change.contact().getChangeKey())) {
            return false;
        }
        if (UNKNOWN.equals(mark.before())) {
            return true;
        }
        return NEW.equals(mark.before()) ? change.previous() == ContactChange.UNKNOWN_PREVIOUS
                : change.followsVersion(mark.before());
    }

    /** {@code <after> <before>}: the changeKey a write got back, and the version it started from. */
    private record Mark(String after, String before) {
        static Mark parse(String value) {
            if (value == null || value.isEmpty() || DELETED.equals(value)) {
                return null;
            }
            int space = value.indexOf(' ');
            return space < 0 ? new Mark(value, UNKNOWN) : new Mark(value.substring(0, space),
                    value.substring(space + 1));
        }
    }

    private static String key(Mailbox mailbox, String contactId) {
        return "outlook-contacts/" + GraphPaths.queryValue(mailbox.user().toLowerCase(Locale.ROOT)) + "/own-writes/"
               + GraphPaths.queryValue(contactId);
    }
}
