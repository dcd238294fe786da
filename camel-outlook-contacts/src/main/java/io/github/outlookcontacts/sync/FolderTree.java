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

import io.github.outlookcontacts.graph.DeltaPage;
import io.github.outlookcontacts.graph.DeltaSink;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.SyncStateGoneException;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.sync.SyncCursor.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code includeSubfolders=true}: follows the folder hierarchy with {@code contactFolders/delta}, syncs the root and
 * every folder below it (each with its own cursor and known set), and drains folders that were deleted or moved out
 * of the tree by emitting their contacts as deleted. Folders that appear later start with a full round whose
 * contacts are emitted as created, whatever {@code initialSync} says (they are new to the route). Every synced
 * folder's state is loaded before the round's first page, so moves between them are told from memory.
 */
final class FolderTree implements ChangeSource {

    private static final Logger LOG = LoggerFactory.getLogger(FolderTree.class);

    private final GraphContactsClient client;
    private final SyncSettings settings;
    private final CursorStore store;
    private final String namespace;
    private final String rootKey;
    private final String rootId;
    private final MoveResolver moves;
    private final SyncMetrics metrics;
    private final PageReadAhead pages;
    private final PageClassifier classifier;
    private final Map<String, FolderSync> folders = new HashMap<>();
    private FolderSync root;
    private TreeState tree;
    private List<String> draining = List.of();
    private List<FolderSync> round = List.of();
    private int position;

    /**
     * @param rootId  the root folder's id (null for a default folder Graph has not revealed)
     * @param rootKey the root's id, or {@code default} for the default folder
     */
    FolderTree(GraphContactsClient client, PageReadAhead pages, SyncSettings settings, CursorStore store,
               String namespace, String rootKey, String rootId, MoveResolver moves, SyncMetrics metrics) {
        this.client = client;
        this.pages = pages;
        this.settings = settings;
        this.store = store;
        this.namespace = namespace;
        this.rootKey = rootKey;
        this.rootId = rootId;
        this.moves = moves;
        this.metrics = metrics;
        this.classifier = new PageClassifier(settings, moves);
    }

    @Override
    public void beginRound() {
        if (tree == null) {
            tree = TreeState.decode(store.get(treeKey()), treeKey());
        }
        refreshFolders();
        List<String> subtree = subtree(rootId);
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
        if (tree.retiring.removeIf(subtree::contains)) {
            save(); // came back before it was drained: it simply goes on
        }
        draining = List.copyOf(tree.retiring);
        draining.forEach(id -> folder(id).beginRound());
        if (root == null) {
            root = new FolderSync(pages, settings, new FolderState(store, StateKeys.folderScope(namespace, rootKey)),
                    rootId, this::firstPhase, metrics);
        }
        List<FolderSync> synced = new ArrayList<>();
        synced.add(root);
        subtree.forEach(id -> synced.add(folder(id)));
        Set<String> ids = new HashSet<>(subtree);
        if (rootId != null) {
            ids.add(rootId);
        }
        for (FolderSync folder : synced) {
            folder.beginRound();
            folder.load(); // the round's index: who knows which contact, before any page is read
        }
        moves.round(ids, synced);
        round = synced;
        position = 0;
    }

    @Override
    public Step next() {
        while (position < draining.size()) {
            String id = draining.get(position);
            Step step = folder(id).retire();
            if (step == null) {
                position++;
                continue;
            }
            if (!step.last()) {
                return step;
            }
            position++;
            return new Step(step.folderId(), step.changes(), drained(step.write(), id), true);
        }
        while (position - draining.size() < round.size()) {
            Step step = round.get(position - draining.size()).next(classifier, moves);
            if (step != null) {
                return step;
            }
            position++;
        }
        return null;
    }

    @Override
    public void forget() {
        folders.values().forEach(FolderSync::forget);
        if (root != null) {
            root.forget();
        }
        round = List.of();
        draining = List.of();
    }

    @Override
    public long knownContacts() {
        return folders.values().stream().mapToLong(FolderSync::knownContacts).sum();
    }

    @Override
    public void roundCommitted() {
        moves.roundComplete();
        if (!tree.baselineDone) {
            tree.baselineDone = true;
            save();
        }
    }

    /** The last step of a retirement: once committed, the folder is no longer listed. */
    private BatchWrite drained(BatchWrite write, String id) {
        return new BatchWrite() {
            @Override
            public void commit() {
                write.commit();
                folders.remove(id);
                tree.retiring.remove(id);
                save();
            }

            @Override
            public void keepConfirmed(int confirmed) {
                write.keepConfirmed(confirmed);
            }
        };
    }

    private FolderSync folder(String id) {
        return folders.computeIfAbsent(id, key -> new FolderSync(pages, settings,
                new FolderState(store, StateKeys.folderScope(namespace, key)), key, this::firstPhase,
                metrics));
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
                metrics.resync();
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
