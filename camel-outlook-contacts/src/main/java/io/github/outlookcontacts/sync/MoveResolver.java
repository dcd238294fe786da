package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.outlookcontacts.graph.GraphContactsClient;

/**
 * Tells moves from creations and deletions, for one round: from what the round's folders already know in memory (an
 * index loaded before the first page) and, where that is not enough, one batched lookup after a page. A single folder
 * has no peers: a contact leaving it is deleted for the route, and one arriving is created.
 */
final class MoveResolver {

    /** Verdict of {@link #vanished}: forget the contact without emitting anything (it moved to a synced folder). */
    static final String SILENT = "";

    private final GraphContactsClient client;
    private final SyncSettings settings;
    private final ContactLocator locator;
    private Set<String> synced = Set.of();
    private Collection<FolderSync> folders = List.of();
    /** Contacts that left a synced folder for another one that has not read them yet. */
    private final Set<String> arrivals = new HashSet<>();

    MoveResolver(GraphContactsClient client, SyncSettings settings, ContactLocator locator) {
        this.client = client;
        this.settings = settings;
        this.locator = locator;
    }

    /** The folders synced in this round (their state loaded), for trees; a single folder has none. */
    void round(Set<String> syncedIds, Collection<FolderSync> syncedFolders) {
        synced = Set.copyOf(syncedIds);
        folders = List.copyOf(syncedFolders);
    }

    /** Every folder of the round was read: no move is still on its way. */
    void roundComplete() {
        arrivals.clear();
    }

    boolean tracksMoves() {
        return !folders.isEmpty();
    }

    /** A contact new to {@code into}: true when it came from another synced folder, so it is {@code updated}. */
    boolean arrived(FolderSync into, String contactId) {
        if (arrivals.contains(contactId)) {
            return true;
        }
        for (FolderSync folder : folders) {
            if (folder != into && folder.knows(contactId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Contacts that left {@code from} ({@code @removed} with reason {@code changed}): those that now live in another
     * synced folder, which emit nothing. One batched lookup for those no other folder knows yet.
     */
    Set<String> movedWithinTree(FolderSync from, List<String> contactIds) {
        Set<String> moved = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : contactIds) {
            if (arrived(from, id)) {
                moved.add(id);
            } else {
                unknown.add(id);
            }
        }
        locator.parents(unknown).forEach((id, parent) -> {
            if (parent != null && !parent.equals(from.folderId()) && synced.contains(parent)) {
                moved.add(id);
                arrivals.add(id);
            }
        });
        return moved;
    }

    /**
     * Contacts a full resync of {@code from} did not meet again, checked in one batched lookup (a contact changed
     * while the round ran moves past its snapshot and comes in the next delta round instead). Per id: null when it
     * is still in the folder, {@link #SILENT} when it moved to another synced folder, {@code changed} when it moved
     * elsewhere, {@code deleted} when it is gone.
     */
    Map<String, String> vanished(FolderSync from, List<String> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> parents = locator.parents(contactIds);
        String here = from.folderId() != null ? from.folderId() : client.defaultFolderId(settings.mailbox());
        Map<String, String> reasons = new HashMap<>();
        for (String id : contactIds) {
            if (!parents.containsKey(id)) {
                reasons.put(id, "deleted");
                continue;
            }
            String parent = parents.get(id);
            if (here != null && here.equals(parent)) {
                reasons.put(id, null);
            } else if (parent != null && synced.contains(parent)) {
                arrivals.add(id);
                reasons.put(id, SILENT);
            } else {
                reasons.put(id, "changed");
            }
        }
        return reasons;
    }
}
