package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.List;
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
    public static final String NEW = "-";
    /** Own versions remembered for a run of writes between two polls. */
    private static final int MAX_RUN = 8;
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
        List<String> starts = new ArrayList<>();
        if (earlier != null && earlier.after().equals(start)) {
            // A run of own writes: the consumer may know any version of it, or none.
            starts.addAll(earlier.starts().subList(Math.max(0, earlier.starts().size() - MAX_RUN + 1),
                    earlier.starts().size()));
        }
        starts.add(start);
        store.put(key, changeKey + " " + String.join(" ", starts));
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
        for (String start : mark.starts()) {
            if (UNKNOWN.equals(start) || (NEW.equals(start) ? change.previous() == ContactChange.UNKNOWN_PREVIOUS
                    : change.followsVersion(start))) {
                return true;
            }
        }
        return false;
    }

    /** True when some write of the producer to this contact is marked (whatever its changeKey). */
    public boolean isMarked(Mailbox mailbox, String contactId) {
        String value = store.get(key(mailbox, contactId));
        return value != null && !value.isEmpty();
    }

    /**
     * {@code <after> <start>...}: the changeKey the last write got back, and the versions the run of own writes that
     * led to it started from (the first write's start, then each own version in between); {@code -} stands for
     * {@link #NEW}.
     */
    private record Mark(String after, List<String> starts) {
        static Mark parse(String value) {
            if (value == null || value.isEmpty() || DELETED.equals(value)) {
                return null;
            }
            String[] parts = value.split(" ", -1);
            List<String> starts = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                starts.add(parts[i]);
            }
            return new Mark(parts[0], starts.isEmpty() ? List.of(UNKNOWN) : starts);
        }
    }

    private static String key(Mailbox mailbox, String contactId) {
        return "outlook-contacts/" + GraphPaths.queryValue(mailbox.user().toLowerCase(Locale.ROOT)) + "/own-writes/"
               + GraphPaths.queryValue(contactId);
    }
}
