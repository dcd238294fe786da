package io.github.outlookcontacts.sync;

import java.util.List;

/**
 * One batch in the making, as a folder produced it: the changes to hand out and what to persist on commit.
 *
 * @param folderId the folder it was read from
 * @param changes  the changes to emit (already filtered by {@code changeTypes}; none during a baseline)
 * @param write    what the commit persists
 * @param last     the folder's round is read completely with this batch
 */
record Step(String folderId, List<ContactChange> changes, BatchWrite write, boolean last) {
}
