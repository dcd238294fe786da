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
    /** Verdict of {@link #vanished}: the lookup of this contact failed; ask again. */
    static final String UNDECIDED = "?";

    private final GraphContactsClient client;
    private final SyncSettings settings;
    private final ContactLocator locator;
    private Set<String> synced = Set.of();
    private Collection<FolderSync> folders = List.of();
    /** Contacts that left a synced folder for another one that has not read them yet: id → that folder. */
    private final Map<String, String> arrivals = new HashMap<>();

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
        return arrivals.containsKey(contactId) || knownElsewhere(into, contactId);
    }

    private boolean knownElsewhere(FolderSync folder, String contactId) {
        for (FolderSync other : folders) {
            if (other != folder && other.knows(contactId)) {
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
            String to = arrivals.get(id);
            if (to != null && !to.equals(from.folderId()) || knownElsewhere(from, id)) {
                moved.add(id);
            } else {
                unknown.add(id);
            }
        }
        locator.parents(unknown).forEach((id, parent) -> {
            if (parent != null && !parent.equals(from.folderId()) && synced.contains(parent)) {
                moved.add(id);
                arrive(parent, id);
            }
        });
        return moved;
    }

    /** The contact moved to synced folder {@code into}, which must tell the route if it goes before being read. */
    private void arrive(String into, String contactId) {
        arrivals.put(contactId, into);
        for (FolderSync folder : folders) {
            if (into.equals(folder.folderId())) {
                folder.arrives(contactId);
            }
        }
    }

    /**
     * Contacts a full resync of {@code from} did not meet again, checked in one batched lookup (a contact changed
     * while the round ran moves past its snapshot and comes in the next delta round instead). Per id: null when it
     * is still in the folder, {@link #SILENT} when it moved to another synced folder, {@code changed} when it moved
     * elsewhere, {@code deleted} when it is gone, {@link #UNDECIDED} when its lookup failed. Fails when no contact
     * could be decided.
     */
    Map<String, String> vanished(FolderSync from, List<String> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        ContactLocator.Located located = locator.locate(contactIds);
        if (located.failed().size() == contactIds.size()) {
            throw located.failure();
        }
        Map<String, String> parents = located.parents();
        String here = from.folderId() != null ? from.folderId() : client.defaultFolderId(settings.mailbox());
        Map<String, String> reasons = new HashMap<>();
        for (String id : contactIds) {
            if (located.failed().contains(id)) {
                reasons.put(id, UNDECIDED);
                continue;
            }
            if (!parents.containsKey(id)) {
                reasons.put(id, "deleted");
                continue;
            }
            String parent = parents.get(id);
            if (here != null && here.equals(parent)) {
                reasons.put(id, null);
            } else if (parent != null && synced.contains(parent)) {
                arrive(parent, id);
                reasons.put(id, SILENT);
            } else {
                reasons.put(id, "changed");
            }
        }
        return reasons;
    }
}
