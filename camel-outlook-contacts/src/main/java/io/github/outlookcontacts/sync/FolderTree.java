package io.github.outlookcontacts.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.graph.DeltaPage;
import io.github.outlookcontacts.graph.DeltaSink;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.graph.SyncStateGoneException;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.sync.FolderSync.Outcome;
import io.github.outlookcontacts.sync.SyncCursor.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code includeSubfolders=true}: follows the folder hierarchy with {@code contactFolders/delta}, syncs the root and
 * every folder below it (each with its own cursor and known set), and drains folders that were deleted or moved out
 * of the tree by emitting their contacts as deleted. Folders that appear later start with a full round whose
 * contacts are emitted as created, whatever {@code initialSync} says (they are new to the route).
 */
final class FolderTree implements MoveTracker {

    private static final Logger LOG = LoggerFactory.getLogger(FolderTree.class);

    private final GraphContactsClient client;
    private final SyncSettings settings;
    private final CursorStore store;
    private final String namespace;
    private final String rootKey;
    private final Map<String, FolderSync> folders = new HashMap<>();
    private FolderSync root;
    private TreeState tree;
    private Set<String> synced = Set.of();
    /** Contacts that left a synced folder for another one and have not been read there yet. */
    private final Set<String> arrivals = new HashSet<>();

    /** @param rootKey the root's id, or {@code default} for the default folder */
    FolderTree(GraphContactsClient client, SyncSettings settings, CursorStore store, String namespace,
               String rootKey) {
        this.client = client;
        this.settings = settings;
        this.store = store;
        this.namespace = namespace;
        this.rootKey = rootKey;
    }

    /** One poll over the whole tree; stops at the first folder that does not complete. */
    Outcome poll(String rootId, ChangeHandler handler, PollBudget budget) {
        if (tree == null) {
            tree = TreeState.decode(store.get(treeKey()), treeKey());
        }
        refreshFolders();
        List<String> subtree = subtree(rootId);
        Set<String> now = new HashSet<>(subtree);
        if (rootId != null) {
            now.add(rootId);
        }
        synced = now;
        if (!subtree.equals(tree.active)) {
            for (String id : tree.active) {
                if (!subtree.contains(id) && !tree.retiring.contains(id)) {
                    tree.retiring.add(id);
                }
            }
            LOG.info("Folder tree of {} in mailbox {} changed: {} folders below the root, {} to drain", rootKey,
                    settings.mailbox().user(), subtree.size(), tree.retiring.size());
            tree.active = subtree;
            save();
        }
        for (String id : List.copyOf(tree.retiring)) {
            if (!subtree.contains(id)) {
                Outcome outcome = folder(id).retire(handler, budget);
                if (outcome != Outcome.COMPLETE) {
                    return outcome;
                }
                folders.remove(id);
            }
            tree.retiring.remove(id);
            save();
        }
        if (root == null || !java.util.Objects.equals(root.folderId(), rootId)) {
            root = new FolderSync(client, settings, new FolderState(store, StateKeys.folderScope(namespace, rootKey)),
                    rootId, firstPhase(), this);
        }
        Outcome outcome = root.poll(handler, budget);
        for (int i = 0; i < subtree.size() && outcome == Outcome.COMPLETE; i++) {
            outcome = folder(subtree.get(i)).poll(handler, budget);
        }
        if (outcome == Outcome.COMPLETE) {
            arrivals.clear(); // every folder was read: no move is still on its way
            if (!tree.baselineDone) {
                tree.baselineDone = true;
                save();
            }
        }
        return outcome;
    }

    @Override
    public boolean movedWithinTree(String contactId) {
        String parent;
        try {
            parent = client.getContact(settings.mailbox(), contactId, ContactQuery.select("parentFolderId"))
                    .getParentFolderId();
        } catch (GraphNotFoundException e) {
            return false;
        }
        if (parent != null && synced.contains(parent)) {
            arrivals.add(contactId);
            return true;
        }
        return false;
    }

    @Override
    public boolean arrivedFromTree(String contactId) {
        if (arrivals.remove(contactId)) {
            return true;
        }
        // Its old folder may not have been read yet in this poll: then it still knows the contact.
        if (root != null && root.knows(contactId)) {
            return true;
        }
        for (String id : tree.active) {
            if (folder(id).knows(contactId)) {
                return true;
            }
        }
        return false;
    }

    private FolderSync folder(String id) {
        return folders.computeIfAbsent(id, key -> new FolderSync(client, settings,
                new FolderState(store, StateKeys.folderScope(namespace, key)), key, firstPhase(), this));
    }

    private Phase firstPhase() {
        return settings.changesOnly() && !tree.baselineDone ? Phase.BASELINE : Phase.INITIAL;
    }

    /** Reads the folder delta to its deltaLink and commits the hierarchy only then (it is small). */
    private void refreshFolders() {
        Map<String, String> parents = tree.link == null ? new LinkedHashMap<>() : new LinkedHashMap<>(tree.parents);
        String link = tree.link;
        boolean restarted = false;
        while (true) {
            DeltaPage page;
            try {
                page = client.deltaFolders(settings.mailbox(), link, new DeltaSink<>() {
                    @Override
                    public void changed(ContactFolder folder) {
                        if (folder.getId() != null) {
                            parents.put(folder.getId(), folder.getParentFolderId());
                        }
                    }

                    @Override
                    public void removed(String id, String reason) {
                        parents.remove(id);
                    }
                });
            } catch (SyncStateGoneException gone) {
                if (restarted) {
                    throw gone;
                }
                LOG.info("Folder delta link of mailbox {} is no longer valid; reading the folder hierarchy again",
                        settings.mailbox().user());
                restarted = true;
                parents.clear();
                link = null;
                continue;
            }
            if (page.isLastPage()) {
                tree.parents = parents;
                tree.link = page.deltaLink();
                save();
                return;
            }
            link = page.nextLink();
        }
    }

    /** Every folder below the root, parents before children; each folder once even if Graph reported a cycle. */
    private List<String> subtree(String rootId) {
        List<String> result = new ArrayList<>();
        if (rootId == null) {
            return result;
        }
        Map<String, List<String>> children = new HashMap<>();
        tree.parents.forEach((id, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(id);
            }
        });
        Set<String> seen = new HashSet<>(Set.of(rootId));
        Deque<String> queue = new ArrayDeque<>(List.of(rootId));
        while (!queue.isEmpty()) {
            for (String child : children.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(child)) {
                    result.add(child);
                    queue.add(child);
                }
            }
        }
        return result;
    }

    private void save() {
        store.put(treeKey(), tree.encode());
    }

    private String treeKey() {
        return namespace + "folders";
    }
}
