package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.outlookcontacts.graph.DeltaPage;
import io.github.outlookcontacts.graph.DeltaRequest;
import io.github.outlookcontacts.graph.SyncStateGoneException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.sync.SyncCursor.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one folder a page at a time: requests the next delta page, reads it to its end (the response is closed
 * before anything else happens; the page after it is read ahead meanwhile, see {@link PageReadAhead}), classifies it
 * and returns it as a {@link Step} whose write commits the page. The cursor and known set in memory run ahead of the
 * store by the steps handed out and not yet committed; {@link #forget} drops them, and the next use reloads the
 * committed state.
 */
final class FolderSync {

    /** Vanished-contact deletes per batch. */
    static final int VANISH_BATCH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(FolderSync.class);

    private final PageReadAhead pages;
    private final SyncSettings settings;
    private final FolderState state;
    private final String folderId;
    private final Supplier<Phase> firstPhase;
    private final SyncMetrics metrics;
    private final FolderCommits commits;
    private SyncCursor cursor;
    private KnownContacts known;
    private RoutedContacts routed;
    /** Numbers the steps handed out, so a commit knows which routed ids it settles. */
    private int steps;
    /** The confirmed changes of a page that was given up, under its link. */
    private PageChanges memo;
    private VanishScan scan;
    /** A restart to persist before the next page's own commit. */
    private SyncCursor restartTo;
    private int restartClears;
    private boolean roundRead;

    /**
     * @param folderId   the folder; null for a default folder whose id Graph has not revealed yet
     * @param firstPhase BASELINE or INITIAL: how a folder without state starts
     */
    FolderSync(PageReadAhead pages, SyncSettings settings, FolderState state, String folderId,
               Supplier<Phase> firstPhase, SyncMetrics metrics) {
        this.pages = pages;
        this.settings = settings;
        this.state = state;
        this.folderId = folderId;
        this.firstPhase = firstPhase;
        this.metrics = metrics;
        this.commits = new FolderCommits(state, settings, label());
    }

    String folderId() {
        return folderId;
    }

    /** Whether the folder knows the contact, counting steps handed out; false while its state is not loaded. */
    boolean knows(String contactId) {
        return known != null && known.changeKey(KnownContacts.idHash(contactId)) != KnownContacts.ABSENT;
    }

    /** Whether the contact was routed in a step no commit settled and is not known (see {@link RoutedContacts}). */
    boolean routedUnknown(String contactId) {
        return routed != null && routed.pending(contactId);
    }

    /** Whether the contact left a peer folder for this one, which has not read it yet. */
    boolean movedIn(String contactId) {
        return routed != null && routed.movedIn(contactId);
    }

    /** The contact left a peer folder (which emits nothing) for this one: recorded before the peer's batch. */
    void arrives(String contactId) {
        load();
        routed.arrives(contactId);
    }

    /** How many contacts the folder knows, counting steps handed out; 0 while its state is not loaded. */
    long knownContacts() {
        return known == null ? 0 : known.size();
    }

    /** A new round: the folder reads on from its cursor. */
    void beginRound() {
        roundRead = false;
    }

    /** Drops everything not committed; the next use reloads the committed state (the memo is kept). */
    void forget() {
        cursor = null;
        known = null;
        routed = null;
        scan = null;
        restartTo = null;
        restartClears = 0;
        roundRead = false;
    }

    /** The round's last step was committed: nothing of this folder is outstanding, so it may be compacted. */
    private void roundCommitted() {
        memo = null;
        cursor = commits.finishRound(cursor, known);
        routed.roundCommitted();
    }

    /** The next step of the folder's round, or null once its round is read completely. */
    Step next(PageClassifier classifier, MoveResolver moves) {
        load();
        if (roundRead) {
            return null;
        }
        commits.roundStarts(cursor);
        return cursor.vanishPending() ? vanish(moves, false) : readPage(classifier);
    }

    /** The folder left the synced tree: its known contacts are emitted as deleted, then its state is cleared. */
    Step retire() {
        load();
        if (roundRead) {
            return null;
        }
        if (scan == null) {
            known.clearMarks();
        }
        return vanish(null, true);
    }

    /** Loads the committed state, once after creation or {@link #forget}. */
    void load() {
        if (cursor != null) {
            return;
        }
        SyncCursor stored = state.loadCursor();
        if (stored == null || stored.phase() == Phase.RETIRED) {
            cursor = SyncCursor.start(firstPhase.get(), selectKey());
            known = new KnownContacts();
            routed = RoutedContacts.load(state, known); // a first page routed, then a crash before its commit
            return;
        }
        cursor = stored;
        known = state.loadKnown(stored);
        routed = RoutedContacts.load(state, known);
        if (ResyncPolicy.selectChanged(stored, selectKey())) {
            restart("the select option changed");
        }
    }

    private Step readPage(PageClassifier classifier) {
        int restarts = 0;
        while (true) {
            PageChanges base = memo != null && memo.isFor(cursor.link()) ? memo : null;
            PageChanges page = base != null ? base.copyEntries() : new PageChanges(cursor.link());
            PageReadAhead.Fetched fetched;
            try {
                fetched = pages.read(request(cursor.link()));
            } catch (SyncStateGoneException gone) {
                if (restarts++ >= ResyncPolicy.MAX_RESTARTS_PER_POLL) {
                    throw gone;
                }
                metrics.resync();
                restart("its delta link is no longer valid (HTTP " + gone.getStatus() + " " + gone.getErrorCode()
                        + ")");
                continue;
            }
            DeltaPage result = fetched.page();
            PageItems items = fetched.items();
            if (!result.isLastPage()) {
                pages.readAhead(request(result.nextLink())); // read while this page is classified and routed
            }
            boolean resync = cursor.isResync();
            boolean quiet = cursor.phase() == Phase.BASELINE;
            PageClassifier.Classified classified = classifier.classify(this, items.items(), page, known, resync,
                    quiet);
            List<ContactChange> changes = classified.changes();
            int step = ++steps;
            routed.handOut(step, page, known, quiet); // before the route can see the page
            page.applyTo(known, resync);
            // A full round ends with a vanish pass, and so does any round after which routed contacts are unmet.
            boolean vanish = result.isLastPage() && (resync || !routed.unmet(known).isEmpty());
            SyncCursor next;
            if (!result.isLastPage()) {
                next = cursor.withLink(result.nextLink());
            } else if (vanish) {
                next = cursor.withVanishPending(result.deltaLink());
            } else {
                next = cursor.incremental(result.deltaLink());
            }
            Segments.Builder segment = page.segment();
            int index = next.segments();
            if (segment.lines() > 0) {
                next = next.withSegment(segment.lines());
            }
            boolean last = result.isLastPage() && !vanish;
            ChangeSummary summary = ChangeSummary.of(changes, classified.changeKeys());
            FolderCommits.Write write = commits.page(restartTo, restartClears, index, segment, next, summary,
                    last ? this::roundCommitted : null);
            PageChanges start = base != null ? base : page.emptyCopy();
            write.onGiveUp(confirmed -> memo = memoOf(start, summary, confirmed));
            settles(write, step);
            restartTo = null;
            restartClears = 0;
            cursor = next;
            roundRead = last;
            return new Step(folderId, changes, write, last);
        }
    }

    /**
     * Deletes for known contacts not met again (resync) or for every known contact (retire), and for routed contacts
     * never known and not met again, a batch at a time.
     */
    private Step vanish(MoveResolver moves, boolean retire) {
        if (scan == null) {
            scan = new VanishScan(state, known, retire ? cursor.segments() : cursor.resyncBase(),
                    routed.unmet(known));
        }
        List<String> candidates = scan.next(VANISH_BATCH);
        Map<String, String> reasons = retire ? null : moves.vanished(this, candidates);
        List<String> removed = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        List<ContactChange> changes = new ArrayList<>();
        for (String id : candidates) {
            String reason = retire ? "deleted" : reasons.get(id);
            if (reason == null) {
                continue; // still there: changed while the full round ran, so the next delta round reports it
            }
            if (MoveResolver.UNDECIDED.equals(reason)) {
                undecided.add(id); // its lookup failed: asked again in the next batch
                continue;
            }
            removed.add(id);
            known.remove(KnownContacts.idHash(id));
            if (!MoveResolver.SILENT.equals(reason) && settings.emits(ChangeType.DELETED)) {
                changes.add(new ContactChange(ChangeType.DELETED, folderId, Contact.ofId(id), reason));
            }
        }
        scan.decided(undecided);
        boolean last = scan.exhausted();
        SyncCursor before = cursor;
        int step = ++steps;
        routed.handOutRemovals(step, removed);
        FolderCommits.Write write = commits.removals(before, removed, ChangeSummary.of(changes, null), last, retire,
                last && !retire ? this::roundCommitted : null);
        settles(write, step);
        cursor = write.cursor();
        if (last) {
            scan = null;
            roundRead = true;
            if (retire) {
                known = new KnownContacts();
                LOG.info("Folder {} of mailbox {} left the synced tree; its contacts are emitted as deleted", label(),
                        settings.mailbox().user());
            }
        }
        return new Step(folderId, changes, write, last);
    }

    /** The commit of {@code step} settles the routed ids it made known or removed. */
    private void settles(FolderCommits.Write write, int step) {
        RoutedContacts settled = routed;
        write.onCommit(() -> settled.committed(step));
    }

    /** The memo of a page given up: what it started from plus the changes the route confirmed. */
    private static PageChanges memoOf(PageChanges start, ChangeSummary changes, int confirmed) {
        PageChanges memo = start.copyEntries();
        for (int i = 0; i < confirmed; i++) {
            if (changes.types()[i] == ChangeType.DELETED) {
                memo.removed(changes.ids()[i]);
            } else {
                memo.changed(changes.ids()[i], changes.changeKeys()[i]);
            }
        }
        return memo;
    }

    private DeltaRequest request(String link) {
        return new DeltaRequest(settings.mailbox(), folderId, link, settings.select(), settings.pageSize(),
                settings.expand());
    }

    private void restart(String why) {
        SyncCursor next = ResyncPolicy.restart(cursor, selectKey());
        LOG.info("Folder {} of mailbox {}: {}; restarting with a full round{}", label(), settings.mailbox().user(), why,
                next.isResync() ? " that emits only differences" : "");
        if (next.segments() == 0) {
            restartClears = Math.max(restartClears, cursor.segments());
            known = new KnownContacts();
        }
        known.clearMarks();
        restartTo = next;
        cursor = next;
        memo = null;
        commits.restarted(next);
    }

    private String selectKey() {
        return settings.select() == null || settings.select().isBlank() ? null : settings.select().trim();
    }

    private String label() {
        return folderId == null ? "(default)" : folderId;
    }
}
