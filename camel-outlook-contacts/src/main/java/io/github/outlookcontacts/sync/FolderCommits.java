package io.github.outlookcontacts.sync;

import java.util.List;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit side of one folder: builds the {@link BatchWrite} of each step (segment first, cursor second, so a
 * crash in between leaves an orphan segment the cursor does not count), counts what was committed, and compacts
 * and summarises a round once its last step is committed.
 */
final class FolderCommits {

    private static final Logger LOG = LoggerFactory.getLogger(FolderCommits.class);

    private final FolderState state;
    private final SyncSettings settings;
    private final String label;
    private RoundStats round;

    FolderCommits(FolderState state, SyncSettings settings, String label) {
        this.state = state;
        this.settings = settings;
        this.label = label;
    }

    /** The persisted effect of one step; {@link #cursor()} is the cursor it commits. */
    final class Write implements BatchWrite {
        private final Runnable persist;
        private final SyncCursor target;
        private final ChangeSummary changes;
        private final boolean page;
        private final Runnable roundEnd;
        private IntConsumer giveUp = confirmed -> {
        };

        private Write(Runnable persist, SyncCursor target, ChangeSummary changes, boolean page,
                      Runnable roundEnd) {
            this.persist = persist;
            this.target = target;
            this.changes = changes;
            this.page = page;
            this.roundEnd = roundEnd;
        }

        SyncCursor cursor() {
            return target;
        }

        void onGiveUp(IntConsumer action) {
            giveUp = action;
        }

        @Override
        public void commit() {
            persist.run();
            counted(changes, changes.size(), page);
            if (roundEnd != null) {
                roundEnd.run();
            }
        }

        @Override
        public void keepConfirmed(int confirmed) {
            giveUp.accept(confirmed);
            counted(changes, confirmed, false);
        }
    }

    void roundStarts(SyncCursor cursor) {
        if (round == null) {
            round = new RoundStats(kind(cursor));
        }
    }

    void restarted(SyncCursor cursor) {
        round = new RoundStats(kind(cursor));
    }

    /**
     * A delta page: first a pending restart (its cursor, and clearing the old segments when it starts from
     * nothing), then the page's segment at {@code index}, then {@code target}.
     */
    Write page(SyncCursor restartTo, int restartClears, int index, Segments.Builder segment, SyncCursor target,
               ChangeSummary changes, Runnable roundEnd) {
        String text = segment.lines() > 0 ? segment.build() : null;
        return new Write(() -> {
            if (restartTo != null) {
                state.writeCursor(restartTo);
                if (restartTo.segments() == 0) {
                    state.clear(0, restartClears);
                }
            }
            if (text != null) {
                state.writeSegment(index, text);
            }
            state.writeCursor(target);
        }, target, changes, true, roundEnd);
    }

    /**
     * A batch of vanished contacts (deleted, or moved silently within the tree) after {@code before}. The last batch
     * of a resync makes the folder incremental; the last of a retirement clears its state. When given up, the
     * removals before the first unconfirmed delete are committed all the same, so they do not come again.
     */
    Write removals(SyncCursor before, List<String> removed, ChangeSummary changes, boolean last,
                   boolean retire, Runnable roundEnd) {
        SyncCursor target = withRemovals(before, removed.size());
        if (last) {
            target = retire ? target.retired() : target.incremental(target.link());
        }
        SyncCursor committed = target;
        int clearTo = before.segments() + (removed.isEmpty() ? 0 : 1);
        Write write = new Write(() -> {
            writeRemovals(before, removed);
            state.writeCursor(committed);
            if (last && retire) {
                state.clear(0, clearTo);
            }
        }, committed, changes, false, roundEnd);
        write.onGiveUp(confirmed -> {
            List<String> kept = confirmedPrefix(removed, changes, confirmed);
            writeRemovals(before, kept);
            state.writeCursor(withRemovals(before, kept.size()));
        });
        return write;
    }

    /** Compacts the folder's segments when they carry much garbage and logs the round; returns the cursor. */
    SyncCursor finishRound(SyncCursor cursor, KnownContacts known) {
        known.clearMarks();
        boolean manySegments = cursor.segments() > 32 + known.size() / 500;
        boolean muchGarbage = cursor.lines() - known.size() > known.size() / 2 + 1000;
        SyncCursor result = manySegments || muchGarbage ? state.compact(cursor, known) : cursor;
        RoundStats r = round != null ? round : new RoundStats(kind(cursor));
        round = null;
        if (r.hasChanges() || !"incremental".equals(r.kind())) {
            LOG.info("Synced folder {} of mailbox {} ({} round): {} pages, {} created, {} updated, {} deleted in {} ms",
                    label, settings.mailbox().user(), r.kind(), r.pages(), r.created(), r.updated(), r.deleted(),
                    r.millis());
        } else {
            LOG.debug("Synced folder {} of mailbox {}: no changes ({} pages, {} ms)", label,
                    settings.mailbox().user(), r.pages(), r.millis());
        }
        return result;
    }

    private void writeRemovals(SyncCursor before, List<String> removed) {
        if (!removed.isEmpty()) {
            Segments.Builder segment = new Segments.Builder();
            removed.forEach(segment::removed);
            state.writeSegment(before.segments(), segment.build());
        }
    }

    private static SyncCursor withRemovals(SyncCursor before, int count) {
        return count == 0 ? before : before.withSegment(count);
    }

    /** The removals listed before the {@code confirmed + 1}-th emitted delete. */
    private static List<String> confirmedPrefix(List<String> removed, ChangeSummary changes, int confirmed) {
        int emitted = 0;
        int end = 0;
        while (end < removed.size()) {
            boolean isEmitted = emitted < changes.size() && changes.ids()[emitted].equals(removed.get(end));
            if (isEmitted && emitted == confirmed) {
                break;
            }
            if (isEmitted) {
                emitted++;
            }
            end++;
        }
        return removed.subList(0, end);
    }

    private void counted(ChangeSummary changes, int count, boolean page) {
        if (round == null) {
            return;
        }
        if (page) {
            round.page();
        }
        for (int i = 0; i < count; i++) {
            round.count(changes.types()[i]);
        }
    }

    private static String kind(SyncCursor cursor) {
        return switch (cursor.phase()) {
            case BASELINE -> "baseline";
            case INITIAL -> "first";
            case RESYNC -> "resync";
            default -> "incremental";
        };
    }
}
