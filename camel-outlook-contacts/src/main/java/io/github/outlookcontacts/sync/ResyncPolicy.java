package io.github.outlookcontacts.sync;

import java.util.Objects;

import io.github.outlookcontacts.sync.SyncCursor.Phase;

/**
 * What a folder does when its delta link is gone (410, {@code syncStateNotFound}, {@code resyncRequired}) or was
 * made with another {@code select}: restart from a full round that compares against what is known, so unchanged
 * contacts are not emitted again and vanished ones are emitted as deleted. At most one restart per folder and poll,
 * so a server that keeps answering 410 fails the poll instead of looping.
 */
final class ResyncPolicy {

    static final int MAX_RESTARTS_PER_POLL = 1;

    private ResyncPolicy() {
    }

    /** The cursor to continue from after the link was lost. */
    static SyncCursor restart(SyncCursor cursor, String selectKey) {
        if (cursor.phase() == Phase.BASELINE || cursor.phase() == Phase.INITIAL && cursor.segments() == 0) {
            // Nothing was emitted yet (a baseline never emits): simply start the first round again.
            return SyncCursor.start(cursor.phase(), selectKey);
        }
        return cursor.startResync(selectKey);
    }

    /** Whether a stored cursor must be restarted because the {@code select} option changed since its link was made. */
    static boolean selectChanged(SyncCursor cursor, String selectKey) {
        return cursor.link() != null && !cursor.vanishPending() && !Objects.equals(cursor.selectKey(), selectKey);
    }
}
