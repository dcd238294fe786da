package io.github.outlookcontacts.sync;

import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.graph.DeltaPage;
import io.github.outlookcontacts.graph.DeltaRequest;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.graph.SyncStateGoneException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.sync.SyncCursor.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs one folder: requests delta pages from the committed link, lets {@link ItemSink} decide each change while the
 * page is still being parsed, and commits a page only when every change of it was confirmed. A failed change stops
 * the round; the next poll asks for the same page again.
 */
final class FolderSync {

    enum Outcome {
        /** The round reached its deltaLink (or a retired folder was drained). */
        COMPLETE,
        /** Stopped at a page boundary because the poll's budget was used up. */
        PARTIAL,
        /** A change was not confirmed; nothing after the last committed page counts. */
        FAILED
    }

    private static final Logger LOG = LoggerFactory.getLogger(FolderSync.class);

    private final GraphContactsClient client;
    private final SyncSettings settings;
    private final FolderState state;
    private final String folderId;
    private final Phase firstPhase;
    private final MoveTracker moves;
    private SyncCursor cursor;
    private KnownContacts known;
    private PageChanges pending;
    private RoundStats round;

    /**
     * @param folderId   the folder; null for a default folder whose id Graph has not revealed yet
     * @param firstPhase BASELINE or INITIAL: how a folder without state starts
     * @param moves      recognises moves between synced folders (folder trees), or null
     */
    FolderSync(GraphContactsClient client, SyncSettings settings, FolderState state, String folderId,
               Phase firstPhase, MoveTracker moves) {
        this.client = client;
        this.settings = settings;
        this.state = state;
        this.folderId = folderId;
        this.firstPhase = firstPhase;
        this.moves = moves;
    }

    String folderId() {
        return folderId;
    }

    /** Whether this folder's committed state knows the contact (loads the state if needed). */
    boolean knows(String contactId) {
        load();
        return known.changeKey(KnownContacts.idHash(contactId)) != KnownContacts.ABSENT;
    }

    /** Runs the folder's round until it completes, the budget is used up or a change fails. */
    Outcome poll(ChangeHandler handler, PollBudget budget) {
        load();
        ChangeEmitter emitter = new ChangeEmitter(settings, folderId, handler, budget);
        int restarts = 0;
        while (true) {
            if (round == null) {
                round = new RoundStats(roundKind());
            }
            emitter.countInto(round);
            if (cursor.vanishPending()) {
                Outcome outcome = vanish(emitter, cursor.resyncBase(), budget, this::goneReason);
                if (outcome == Outcome.COMPLETE) {
                    SyncCursor done = cursor.incremental(cursor.link());
                    guarded(() -> state.writeCursor(done));
                    cursor = done;
                    roundFinished();
                }
                return outcome;
            }
            PageChanges page = pending != null && pending.isFor(cursor.link()) ? pending
                    : new PageChanges(cursor.link());
            pending = null;
            DeltaPage result;
            try {
                result = client.deltaContacts(
                        new DeltaRequest(settings.mailbox(), folderId, cursor.link(), settings.select(),
                                settings.pageSize(), settings.expand()),
                        new ItemSink(page, known, emitter, cursor.isResync(), cursor.phase() == Phase.BASELINE,
                                moves));
            } catch (SyncStateGoneException gone) {
                if (restarts++ >= ResyncPolicy.MAX_RESTARTS_PER_POLL) {
                    throw gone;
                }
                restart("its delta link is no longer valid (HTTP " + gone.getStatus() + " " + gone.getErrorCode()
                        + ")");
                continue;
            } catch (ChangeEmitter.ChangeFailed failed) {
                pending = page;
                return Outcome.FAILED;
            } catch (RuntimeException e) {
                // Keep what the handler confirmed: a replay of this page will not emit it again.
                pending = page;
                throw e;
            }
            commitPage(page, result);
            if (cursor.vanishPending()) {
                continue;
            }
            if (result.isLastPage()) {
                roundFinished();
                return Outcome.COMPLETE;
            }
            if (budget.exhausted()) {
                return Outcome.PARTIAL;
            }
        }
    }

    /** The folder left the synced tree: every contact still known is emitted as deleted, then the state is cleared. */
    Outcome retire(ChangeHandler handler, PollBudget budget) {
        load();
        known.clearMarks();
        Outcome outcome = vanish(new ChangeEmitter(settings, folderId, handler, budget), cursor.segments(), budget,
                null);
        if (outcome == Outcome.COMPLETE) {
            SyncCursor retired = cursor.retired();
            int segments = cursor.segments();
            guarded(() -> {
                state.writeCursor(retired);
                state.clear(0, segments);
            });
            cursor = retired;
            known = new KnownContacts();
            LOG.info("Folder {} of mailbox {} left the synced tree; its contacts were emitted as deleted", label(),
                    settings.mailbox().user());
        }
        return outcome;
    }

    private void load() {
        if (cursor != null && cursor.phase() != Phase.RETIRED) {
            return;
        }
        SyncCursor stored = cursor != null ? cursor : state.loadCursor();
        pending = null;
        round = null;
        if (stored == null || stored.phase() == Phase.RETIRED) {
            cursor = SyncCursor.start(firstPhase, selectKey());
            known = new KnownContacts();
            return;
        }
        cursor = stored;
        known = state.loadKnown(stored);
        if (ResyncPolicy.selectChanged(stored, selectKey())) {
            restart("the select option changed");
        }
    }

    private void restart(String why) {
        SyncCursor next = ResyncPolicy.restart(cursor, selectKey());
        LOG.info("Folder {} of mailbox {}: {}; restarting with a full round{}", label(), settings.mailbox().user(), why,
                next.isResync() ? " that emits only differences" : "");
        int oldSegments = cursor.segments();
        guarded(() -> {
            state.writeCursor(next);
            if (next.segments() == 0) {
                state.clear(0, oldSegments);
            }
        });
        cursor = next;
        if (next.segments() == 0) {
            known = new KnownContacts();
        }
        known.clearMarks();
        pending = null;
        round = new RoundStats(roundKind());
    }

    private void commitPage(PageChanges page, DeltaPage result) {
        SyncCursor next;
        if (!result.isLastPage()) {
            next = cursor.withLink(result.nextLink());
        } else if (cursor.isResync()) {
            next = cursor.withVanishPending(result.deltaLink());
        } else {
            next = cursor.incremental(result.deltaLink());
        }
        boolean resync = cursor.isResync();
        SyncCursor[] written = new SyncCursor[1];
        guarded(() -> written[0] = state.commit(page.segment(), next));
        cursor = written[0];
        page.applyTo(known, resync);
        round.page();
    }

    /** Emits {@code deleted} for every contact in segments below {@code base} that is known and not marked seen. */
    private Outcome vanish(ChangeEmitter emitter, int base, PollBudget budget, VanishPass.Verifier verifier) {
        VanishPass pass = new VanishPass(known, emitter, budget, batch -> {
            SyncCursor[] written = new SyncCursor[1];
            guarded(() -> written[0] = state.commit(batch.segment(), cursor));
            cursor = written[0];
            batch.applyTo(known, false);
        }, verifier);
        try {
            state.read(0, base, pass);
        } catch (ChangeEmitter.ChangeFailed failed) {
            pass.flush();
            return Outcome.FAILED;
        } catch (VanishPass.BudgetUsed used) {
            return Outcome.PARTIAL;
        }
        pass.flush();
        return Outcome.COMPLETE;
    }

    /**
     * A contact missing from a full round may have changed while the round ran (it then moves past the round's
     * snapshot and comes in the next delta round), so before calling it gone the contact itself is asked for.
     */
    private String goneReason(String id) {
        try {
            Contact contact = client.getContact(settings.mailbox(), id, ContactQuery.select("parentFolderId"));
            String here = folderId != null ? folderId : client.defaultFolderId(settings.mailbox());
            if (here != null && here.equals(contact.getParentFolderId())) {
                return null;
            }
            return moves != null && moves.movedWithinTree(id) ? VanishPass.SILENT : "changed";
        } catch (GraphNotFoundException e) {
            return "deleted";
        }
    }

    private void roundFinished() {
        known.clearMarks();
        boolean manySegments = cursor.segments() > 32 + known.size() / 500;
        boolean muchGarbage = cursor.lines() - known.size() > known.size() / 2 + 1000;
        if (manySegments || muchGarbage) {
            SyncCursor[] compacted = new SyncCursor[1];
            guarded(() -> compacted[0] = state.compact(cursor, known));
            cursor = compacted[0];
        }
        RoundStats r = round;
        round = null;
        if (r.hasChanges() || !"incremental".equals(r.kind())) {
            LOG.info("Synced folder {} of mailbox {} ({} round): {} pages, {} created, {} updated, {} deleted in {} ms",
                    label(), settings.mailbox().user(), r.kind(), r.pages(), r.created(), r.updated(), r.deleted(),
                    r.millis());
        } else {
            LOG.debug("Synced folder {} of mailbox {}: no changes ({} pages, {} ms)", label(),
                    settings.mailbox().user(), r.pages(), r.millis());
        }
    }

    /** A failed store write leaves memory and store possibly apart: forget memory, reload on the next poll. */
    private void guarded(Runnable storeWrite) {
        try {
            storeWrite.run();
        } catch (RuntimeException e) {
            cursor = null;
            known = null;
            pending = null;
            round = null;
            throw e;
        }
    }

    private String roundKind() {
        return switch (cursor.phase()) {
            case BASELINE -> "baseline";
            case INITIAL -> "first";
            case RESYNC -> "resync";
            default -> "incremental";
        };
    }

    private String selectKey() {
        return settings.select() == null || settings.select().isBlank() ? null : settings.select().trim();
    }

    private String label() {
        return folderId == null ? "(default)" : folderId;
    }
}
