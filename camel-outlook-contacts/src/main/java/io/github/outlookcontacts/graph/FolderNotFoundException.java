package io.github.outlookcontacts.graph;

import java.util.List;

/**
 * The {@code folder} option names no folder of the mailbox (neither a display-name path nor an id). A
 * {@link GraphNotFoundException}, so callers handle it like any missing resource; the message names the folder and
 * lists the folder paths that do exist.
 */
public class FolderNotFoundException extends GraphNotFoundException {

    private static final int MAX_LISTED = 50;

    private final String folder;

    public FolderNotFoundException(String folder, Mailbox mailbox, List<String> existingPaths) {
        super(message(folder, mailbox, existingPaths), 404, "FolderNotFound", null);
        this.folder = folder;
    }

    /** The folder option as given. */
    public String getFolder() {
        return folder;
    }

    private static String message(String folder, Mailbox mailbox, List<String> paths) {
        StringBuilder sb = new StringBuilder("Contact folder '").append(folder).append("' not found in mailbox '")
                .append(mailbox.user()).append("' (the folder option takes a folder id or a display-name path such as"
                                               + " Clients/Europe); existing folders: ");
        if (paths.isEmpty()) {
            sb.append("none besides the default Contacts folder");
        } else {
            sb.append(String.join(", ", paths.subList(0, Math.min(paths.size(), MAX_LISTED))));
            if (paths.size() > MAX_LISTED) {
                sb.append(", ... (").append(paths.size() - MAX_LISTED).append(" more)");
            }
        }
        return sb.toString();
    }
}
