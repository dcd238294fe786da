package io.github.outlookcontacts.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.transport.HttpRequest;

/**
 * Finds the id of a mailbox's default Contacts folder, which Graph v1.0 does not expose directly: it is the
 * {@code parentFolderId} of any top-level folder, else (also when listing folders is refused with 403, as for a
 * delegate reading a shared Contacts folder) of any contact in {@code /contacts}. A mailbox with neither
 * has no discoverable id: then {@code null} is returned and callers use the folder-less paths ({@code /me/contacts},
 * {@code /me/contacts/delta}), which address the same folder. Found ids are cached per mailbox; "not found" is not,
 * so the id is picked up as soon as a folder or contact exists.
 */
final class DefaultFolderLocator {

    private final GraphCaller caller;
    private final GraphRequests requests;
    private final Map<Mailbox, String> cache = new ConcurrentHashMap<>();

    DefaultFolderLocator(GraphCaller caller, GraphRequests requests) {
        this.caller = caller;
        this.requests = requests;
    }

    String defaultFolderId(Mailbox mailbox) {
        String cached = cache.get(mailbox);
        if (cached != null) {
            return cached;
        }
        String id;
        try {
            id = firstParent(requests.folders(mailbox, null, java.util.List.of("$top=1", "$select=parentFolderId")));
        } catch (GraphException e) {
            if (e.getStatus() != 403) {
                throw e;
            }
            // a delegate to whom only the Contacts folder was shared may not list the owner's folders
            id = null;
        }
        if (id == null) {
            id = firstParent(requests.contacts(mailbox, null, new ContactQuery("parentFolderId", null, null, 1)));
        }
        if (id != null) {
            cache.put(mailbox, id);
        }
        return id;
    }

    private String firstParent(java.net.URI uri) {
        JsonNode page = caller.json(HttpRequest.get(uri), JsonNode.class);
        JsonNode first = page.path("value").path(0);
        JsonNode parent = first.get("parentFolderId");
        return parent == null || parent.isNull() || parent.asText().isEmpty() ? null : parent.asText();
    }
}
