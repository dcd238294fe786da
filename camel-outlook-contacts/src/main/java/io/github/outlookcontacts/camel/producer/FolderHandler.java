package io.github.outlookcontacts.camel.producer;

import java.util.List;

import io.github.outlookcontacts.model.ContactFolder;
import org.apache.camel.Exchange;

/**
 * {@code listFolders}, {@code getFolder}, {@code createFolder} and {@code deleteFolder}. getFolder and deleteFolder
 * act on the header {@code CamelOutlookContactsFolderId}, else the endpoint's {@code folder} option (id or
 * display-name path); listFolders and createFolder work below the {@code folder} option only, so a folder id header
 * left by an earlier step never moves them.
 */
public final class FolderHandler {

    private final ProducerContext ctx;

    public FolderHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    /** The folders directly below {@code folder} (default: the default folder); the whole tree with includeSubfolders. */
    public void listFolders(Exchange exchange) {
        String parent = ctx.folderId();
        List<ContactFolder> result = ctx.target().includeSubfolders() ? ctx.folders().tree(parent)
                : ctx.client().listFolders(ctx.mailbox(), parent);
        exchange.getMessage().setBody(result);
    }

    /** Without a folder header or option, the default Contacts folder. */
    public void getFolder(Exchange exchange) {
        String id = folderOrDefault(exchange);
        if (id == null) {
            id = ctx.client().defaultFolderId(ctx.mailbox());
        }
        setFolder(exchange, ctx.client().getFolder(ctx.mailbox(), id));
    }

    /** Creates the folder named by the header (or String body) below {@code folder} (default: the default folder). */
    public void createFolder(Exchange exchange) {
        String name = HeaderResolvers.folderName(exchange);
        setFolder(exchange, ctx.client().createFolder(ctx.mailbox(), ctx.folderId(), name));
    }

    /** Deletes the folder; the default folder is never implied, it must be named. The body becomes the folder id. */
    public void deleteFolder(Exchange exchange) {
        String id = folderToDelete(exchange);
        ctx.client().deleteFolder(ctx.mailbox(), id);
        setFolder(exchange, new ContactFolder(id, null, null));
    }

    /** The folder header, else the folder option; never the default folder. */
    String folderToDelete(Exchange exchange) {
        String id = folderOrDefault(exchange);
        if (id == null) {
            throw new IllegalArgumentException("deleteFolder needs the folder: set the header "
                    + ProducerHeaders.FOLDER_ID + " or the option folder");
        }
        return id;
    }

    private String folderOrDefault(Exchange exchange) {
        String header = HeaderResolvers.folderId(exchange);
        return header != null ? header : ctx.folderId();
    }

    private static void setFolder(Exchange exchange, ContactFolder folder) {
        exchange.getMessage().setBody(folder);
        exchange.getMessage().setHeader(ProducerHeaders.FOLDER_ID, folder.getId());
    }
}
