package io.github.outlookcontacts.sync;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.graph.Mailbox;

/**
 * What two-way sync adds between a page that was read and the route: drops the echoes of this component's own
 * writes ({@code ignoreOwnWrites}), computes the field diff of each update ({@code diff}) and drops updates whose
 * changed fields are all ignored. The diff state a page staged is written when the page is committed, and forgotten
 * when it is given up. One instance per consumer, used by its polling thread only.
 */
public final class ChangeScreen {

    /** How two-way sync is configured. */
    public record Settings(boolean ignoreOwnWrites, FieldDiff.Mode diff, Set<String> ignoreFields,
                           boolean diffPhoto) {
    }

    /** A change to emit, its position in the page, and its diff (null: no diff, or an unknown one). */
    public record Emit(int index, ContactChange change, FieldDiff.Result diff) {
    }

    /**
     * What to do with a page: emit these, and when {@code heldFrom >= 0} hold the page back from that change on
     * (route the ones before it, then give the rest up to be read again).
     */
    public record Screened(List<Emit> emit, int heldFrom) {
        public boolean isHeld() {
            return heldFrom >= 0;
        }
    }

    /**
     * How long a fresh change that is not (yet) recognised as an own write is held back: the producer marks a write
     * right after Graph acknowledged it, so a change this young may still be one whose mark is not stored yet.
     */
    public static final Duration OWN_WRITE_GRACE = Duration.ofSeconds(3);

    private final Settings settings;
    private final Mailbox mailbox;
    private final CursorStore store;
    private final GraphContactsClient client;
    private final OwnWrites ownWrites;
    private final Map<String, FieldDiff> diffs = new HashMap<>();
    private final Clock clock;

    public ChangeScreen(Settings settings, Mailbox mailbox, CursorStore store, GraphContactsClient client,
                        Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.mailbox = mailbox;
        this.store = store;
        this.client = client;
        this.ownWrites = settings.ignoreOwnWrites() ? new OwnWrites(store) : null;
    }

    /** The changes of a page to emit, in order, each with its diff. */
    public Screened screen(List<ContactChange> changes) {
        List<Emit> emit = new ArrayList<>(changes.size());
        for (int index = 0; index < changes.size(); index++) {
            ContactChange change = changes.get(index);
            boolean echo = ownWrites != null && ownWrites.isEcho(mailbox, change);
            if (ownWrites != null && !echo && isFresh(change)) {
                return new Screened(emit, index);
            }
            FieldDiff.Result diff = settings.diff() == null ? null : diff(change);
            if (echo) {
                continue;
            }
            if (diff != null && change.type() == ChangeType.UPDATED && diff.fields().isEmpty()) {
                continue; // only ignored fields moved
            }
            emit.add(new Emit(index, change, change.type() == ChangeType.UPDATED ? diff : null));
        }
        return new Screened(emit, -1);
    }

    private boolean isFresh(ContactChange change) {
        String modified = change.type() == ChangeType.DELETED ? null : change.contact().getLastModifiedDateTime();
        if (modified == null) {
            return false;
        }
        try {
            Duration age = Duration.between(OffsetDateTime.parse(modified).toInstant(), clock.instant());
            return age.compareTo(OWN_WRITE_GRACE) < 0 && age.compareTo(OWN_WRITE_GRACE.negated()) > 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The page was committed: keep what it taught the diff. */
    public void committed() {
        diffs.values().forEach(FieldDiff::commit);
    }

    /** The page was given up: it comes again and is diffed against the same state. */
    public void discarded() {
        diffs.values().forEach(FieldDiff::discard);
    }

    private FieldDiff.Result diff(ContactChange change) {
        FieldDiff folder = diffs.computeIfAbsent(String.valueOf(change.folderId()),
                f -> new FieldDiff(store, mailbox, change.folderId(), settings.diff(), settings.ignoreFields()));
        if (change.type() == ChangeType.DELETED) {
            folder.forget(change.contactId());
            return null;
        }
        return folder.diff(change, settings.diffPhoto() ? photoHash(change.contactId()) : null);
    }

    private String photoHash(String contactId) {
        byte[] photo;
        try {
            photo = client.getContactPhoto(mailbox, contactId);
        } catch (GraphNotFoundException none) {
            return null;
        }
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(photo);
            return HexFormat.of().formatHex(sha, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
