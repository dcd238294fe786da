package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.graph.DeltaPage;
import io.github.outlookcontacts.graph.DeltaSink;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.SyncStateGoneException;
import io.github.outlookcontacts.model.ContactFolder;

/**
 * The folder hierarchy of a mailbox, kept current with {@code contactFolders/delta}, so that folders created below
 * the synced root after the consumer started are picked up.
 */
public final class FolderTree {

    private final GraphContactsClient client;
    private final Mailbox mailbox;
    private final Map<String, String> parentOf = new HashMap<>();
    private String deltaLink;

    public FolderTree(GraphContactsClient client, Mailbox mailbox) {
        this.client = client;
        this.mailbox = mailbox;
    }

    /** Brings the hierarchy up to date and answers {@code rootId} followed by every folder below it. */
    public List<String> refreshAndList(String rootId) {
        refresh();
        List<String> out = new ArrayList<>();
        out.add(rootId);
        for (int i = 0; i < out.size(); i++) {
            String parent = out.get(i);
            parentOf.forEach((id, p) -> {
                if (p != null && p.equals(parent) && !out.contains(id)) {
                    out.add(id);
                }
            });
        }
        return out;
    }

    private void refresh() {
        String link = deltaLink;
        Map<String, String> changes = new HashMap<>();
        DeltaSink<ContactFolder> sink = new DeltaSink<>() {
            @Override
            public void changed(ContactFolder folder) {
                changes.put(folder.getId(), folder.getParentFolderId());
            }

            @Override
            public void removed(String id, String reason) {
                changes.put(id, null);
            }
        };
        DeltaPage page;
        try {
            do {
                page = client.deltaFolders(mailbox, link, sink);
                link = page.nextLink();
            } while (!page.isLastPage());
        } catch (SyncStateGoneException gone) {
            parentOf.clear();
            deltaLink = null;
            refresh();
            return;
        }
        if (deltaLink == null) {
            parentOf.clear();
        }
        changes.forEach((id, parent) -> {
            if (parent == null) {
                parentOf.remove(id);
            } else {
                parentOf.put(id, parent);
            }
        });
        deltaLink = page.deltaLink();
    }
}
