package io.github.outlookcontacts.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.outlookcontacts.model.ContactFolder;

/**
 * Resolves the {@code folder} option: a folder id, or a display-name path such as {@code Clients/Europe} (matched
 * ignoring case, starting under the default folder). Results are cached per mailbox.
 */
public final class FolderResolver {

    private final GraphContactsClient client;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public FolderResolver(GraphContactsClient client) {
        this.client = client;
    }

    /** The folder id, or null for the default folder when {@code folder} is null or blank. */
    public String resolve(Mailbox mailbox, String folder) {
        if (folder == null || folder.isBlank()) {
            return null;
        }
        return cache.computeIfAbsent(mailbox.user().toLowerCase() + "|" + folder, k -> lookup(mailbox, folder));
    }

    private String lookup(Mailbox mailbox, String folder) {
        String parent = null;
        ContactFolder found = null;
        for (String name : folder.split("/")) {
            if (name.isBlank()) {
                continue;
            }
            found = null;
            for (ContactFolder candidate : client.listFolders(mailbox, parent)) {
                if (name.trim().equalsIgnoreCase(candidate.getDisplayName())) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                break;
            }
            parent = found.getId();
        }
        if (found != null) {
            return found.getId();
        }
        if (!folder.contains("/")) {
            try {
                return client.getFolder(mailbox, folder).getId(); // maybe it is an id
            } catch (GraphNotFoundException | IllegalArgumentException notAnId) {
                // fall through to the error that lists what exists
            } catch (GraphException e) {
                if (e.getStatus() != 400) {
                    throw e;
                }
            }
        }
        throw new FolderNotFoundException(folder, mailbox, paths(mailbox));
    }

    /** Every folder below {@code rootId} (null: the default folder), depth first, with its display-name path. */
    public List<ContactFolder> listFolderTree(Mailbox mailbox, String rootId) {
        List<ContactFolder> out = new ArrayList<>();
        collect(mailbox, rootId, out, new ArrayList<>());
        return out;
    }

    private List<String> paths(Mailbox mailbox) {
        List<String> names = new ArrayList<>();
        collect(mailbox, null, new ArrayList<>(), names);
        return names;
    }

    private void collect(Mailbox mailbox, String parentId, List<ContactFolder> out, List<String> paths) {
        collect(mailbox, parentId, "", out, paths);
    }

    private void collect(Mailbox mailbox, String parentId, String prefix, List<ContactFolder> out,
            List<String> paths) {
        for (ContactFolder child : client.listFolders(mailbox, parentId)) {
            String path = prefix + child.getDisplayName();
            out.add(child);
            paths.add(path);
            collect(mailbox, child.getId(), path + "/", out, paths);
        }
    }
}
