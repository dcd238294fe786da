package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.function.Supplier;

import io.github.outlookcontacts.graph.FolderResolver;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.ContactFolder;

/**
 * The endpoint's {@code folder} option as a folder id (through the client's {@link FolderResolver}: a display-name
 * path such as {@code Clients/Europe}, else an id; cached). No option means the default Contacts folder, addressed
 * by the folder-less paths ({@code /me/contacts}), so it costs no lookup.
 */
public final class FolderLookup {

    private final Supplier<GraphContactsClient> client;
    private final Mailbox mailbox;
    private final String folder;
    private volatile FolderResolver resolver;

    public FolderLookup(Supplier<GraphContactsClient> client, Mailbox mailbox, String folder) {
        this.client = client;
        this.mailbox = mailbox;
        this.folder = folder == null || folder.isBlank() ? null : folder.trim();
    }

    /** The folder's id, or null for the default Contacts folder. */
    public String folderId() {
        return folder == null ? null : resolver().resolve(mailbox, folder);
    }

    /** Every folder below {@code parentId} (null: the default folder), parents before children. */
    public List<ContactFolder> tree(String parentId) {
        return resolver().listFolderTree(mailbox, parentId);
    }

    private FolderResolver resolver() {
        FolderResolver r = resolver;
        if (r == null) {
            r = new FolderResolver(client.get());
            resolver = r;
        }
        return r;
    }
}
