package io.github.outlookcontacts.sync;

import java.util.Objects;
import java.util.Set;

import io.github.outlookcontacts.graph.DeltaRequest;
import io.github.outlookcontacts.graph.Mailbox;

/**
 * How the engine syncs, already validated.
 *
 * @param mailbox           the mailbox
 * @param folder            the {@code folder} option as given (id or display-name path); null for the default folder
 * @param select            comma-separated {@code $select}, or null for all properties
 * @param pageSize          {@code Prefer: odata.maxpagesize}, or null
 * @param changesOnly       {@code initialSync=changesOnly}: the first round only records a baseline
 * @param changeTypes       which changes to emit (the known set tracks all of them anyway)
 * @param includeSubfolders also sync every folder below {@code folder}
 * @param expand            {@code $expand} for the changed contacts (extensions, extended properties), or null
 */
public record SyncSettings(Mailbox mailbox, String folder, String select, Integer pageSize, boolean changesOnly,
        Set<ChangeType> changeTypes, boolean includeSubfolders, String expand) {

    public SyncSettings(Mailbox mailbox, String folder, String select, Integer pageSize, boolean changesOnly,
            Set<ChangeType> changeTypes, boolean includeSubfolders) {
        this(mailbox, folder, select, pageSize, changesOnly, changeTypes, includeSubfolders, null);
    }

    public SyncSettings {
        Objects.requireNonNull(mailbox, "mailbox");
        changeTypes = Set.copyOf(changeTypes);
        DeltaRequest.checkPageSize(pageSize);
    }

    boolean emits(ChangeType type) {
        return changeTypes.contains(type);
    }
}
