package io.github.outlookcontacts.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.outlookcontacts.model.ContactFolder;

/**
 * Resolves the {@code folder} option to a folder id: blank means the default folder; otherwise a display-name path
 * such as {@code Clients/Europe} (segments matched ignoring case, walking {@code childFolders} from the folders under
 * the default folder), else a folder id. Results are cached per mailbox and option; {@link #invalidate} drops them
 * (e.g. after a folder was renamed or deleted). An unknown folder is a {@link FolderNotFoundException}.
 */
public final class FolderResolver {

    /** Guards against absurd trees when listing every path for an error message or a subtree. */
    private static final int MAX_FOLDERS = 10_000;

    private final GraphContactsClient client;
    private final Map<Mailbox, Map<String, String>> cache = new ConcurrentHashMap<>();

    public FolderResolver(GraphContactsClient client) {
        this.client = client;
    }

    /**
     * The folder id for {@code folder}; for a blank option the default folder's id, which is null when the mailbox
     * has no discoverable one (see {@link GraphContactsClient#defaultFolderId}).
     */
    public String resolve(Mailbox mailbox, String folder) {
        if (folder == null || folder.isBlank()) {
            return client.defaultFolderId(mailbox);
        }
        Map<String, String> known = cache.computeIfAbsent(mailbox, m -> new ConcurrentHashMap<>());
        String cached = known.get(folder);
        if (cached != null) {
            return cached;
        }
        String id = byPath(mailbox, folder);
        if (id == null) {
            id = byId(mailbox, folder);
        }
        if (id == null) {
            throw new FolderNotFoundException(folder, mailbox, allPaths(mailbox));
        }
        known.put(folder, id);
        return id;
    }

    /** Every folder below {@code rootId} (null: the default folder), parents before children; the root excluded. */
    public List<ContactFolder> listFolderTree(Mailbox mailbox, String rootId) {
        List<ContactFolder> tree = new ArrayList<>();
        walk(mailbox, rootId, (folder, path) -> tree.add(folder));
        return tree;
    }

    public void invalidate(Mailbox mailbox) {
        cache.remove(mailbox);
    }

    private String byPath(Mailbox mailbox, String path) {
        String parent = null;
        for (String segment : path.split("/")) {
            if (segment.isBlank()) {
                continue;
            }
            String wanted = segment.trim().toLowerCase(Locale.ROOT);
            ContactFolder match = client.listFolders(mailbox, parent).stream()
                    .filter(f -> f.getDisplayName() != null
                                 && f.getDisplayName().trim().toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst().orElse(null);
            if (match == null) {
                return null;
            }
            parent = match.getId();
        }
        return parent;
    }

    private String byId(Mailbox mailbox, String id) {
        try {
            return client.getFolder(mailbox, id).getId();
        } catch (GraphNotFoundException e) {
            return null;
        } catch (GraphException e) {
            // Graph answers 400 for strings that are not well-formed ids: that is "not found" too.
            if (e.getStatus() == 400) {
                return null;
            }
            throw e;
        }
    }

    private List<String> allPaths(Mailbox mailbox) {
        List<String> paths = new ArrayList<>();
        walk(mailbox, null, (folder, path) -> paths.add(path));
        return paths;
    }

    private interface Visitor {
        void visit(ContactFolder folder, String path);
    }

    /** Breadth-first over childFolders; each folder id visited once even if Graph reported a cycle. */
    private void walk(Mailbox mailbox, String rootId, Visitor visitor) {
        record Pending(String id, String path) {
        }
        Deque<Pending> queue = new ArrayDeque<>();
        queue.add(new Pending(rootId, ""));
        Set<String> seen = new HashSet<>();
        int count = 0;
        while (!queue.isEmpty() && count < MAX_FOLDERS) {
            Pending parent = queue.poll();
            for (ContactFolder child : client.listFolders(mailbox, parent.id())) {
                if (child.getId() == null || !seen.add(child.getId())) {
                    continue;
                }
                String path = parent.path().isEmpty() ? child.getDisplayName()
                        : parent.path() + "/" + child.getDisplayName();
                visitor.visit(child, path);
                queue.add(new Pending(child.getId(), path));
                count++;
            }
        }
    }
}
