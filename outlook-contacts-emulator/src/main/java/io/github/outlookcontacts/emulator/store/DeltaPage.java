package io.github.outlookcontacts.emulator.store;

import java.util.List;

/**
 * One page of a delta round: items ({@link ContactEntry}, {@link FolderInfo} or removals) and exactly one of the
 * next-page token or the delta token.
 */
public record DeltaPage(List<Object> items, String skipToken, String deltaToken, String select) {

    /** A removed item as delta reports it. */
    public record Removed(String id, String reason) {
    }
}
