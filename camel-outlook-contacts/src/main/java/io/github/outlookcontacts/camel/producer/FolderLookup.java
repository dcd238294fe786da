package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.function.Supplier;

import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.ContactFolder;

/**
 * Resolves the {@code folder} option (a folder id, or a display-name path such as {@code Clients/Europe} below the
 * default Contacts folder) to a folder id once, then remembers it. No option means the default folder (null).
 */
public final class FolderLookup {

    private final Supplier<GraphContactsClient> client;
    private final Mailbox mailbox;
    private final String folder;
    private volatile String resolved;

    public FolderLookup(Supplier<GraphContactsClient> client, Mailbox mailbox, String folder) {
        this.client = client;
        this.mailbox = mailbox;
        this.folder = folder == null || folder.isBlank() ? null : folder.trim();
    }

    /** The folder's id, or null for the default Contacts folder. */
    public String folderId() {
        if (folder == null) {
            return null;
        }
        String id = resolved;
        if (id == null) {
            id = resolve();
            resolved = id;
        }
        return id;
    }

    private String resolve() {
        GraphContactsClient graph = client.get();
        String parent = null;
        String[] names = folder.split("/");
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim();
            ContactFolder match = byName(graph.listFolders(mailbox, parent), name);
            if (match == null) {
                if (i == 0) {
                    return folder; // not a display name at the top level: take it as a folder id
                }
                throw new GraphNotFoundException(404, "ErrorFolderNotFound", "no contact folder named '" + name
                        + "' in the folder path '" + folder + "' (option folder)", null);
            }
            parent = match.getId();
        }
        return parent;
    }

    private static ContactFolder byName(List<ContactFolder> folders, String name) {
        for (ContactFolder f : folders) {
            if (name.equals(f.getDisplayName())) {
                return f;
            }
        }
        return null;
    }
}
