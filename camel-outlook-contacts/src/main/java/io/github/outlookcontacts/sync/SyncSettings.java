package io.github.outlookcontacts.sync;

import java.util.Set;

import io.github.outlookcontacts.graph.Mailbox;

/**
 * What to sync and how.
 *
 * @param mailbox           the mailbox
 * @param select            {@code $select} for delta, or null for every property
 * @param pageSize          {@code odata.maxpagesize}, or null for Graph's default
 * @param changeTypes       the changes to hand on (the others are still recorded)
 * @param changesOnly       the first round records the baseline without handing anything on
 * @param maxChangesPerPoll stop a poll at the first page boundary after this many changes (0: no limit)
 */
public record SyncSettings(Mailbox mailbox, String select, Integer pageSize, Set<ChangeType> changeTypes,
        boolean changesOnly, int maxChangesPerPoll) {
}
