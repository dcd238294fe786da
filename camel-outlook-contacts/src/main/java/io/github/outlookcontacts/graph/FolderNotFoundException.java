package io.github.outlookcontacts.graph;

import java.util.List;

/**
 * The {@code folder} option names no folder of the mailbox; the message lists the folder paths that exist.
 */
public class FolderNotFoundException extends GraphNotFoundException {

    public FolderNotFoundException(String folder, Mailbox mailbox, List<String> existing) {
        super(404, "FolderNotFound", "no contact folder '" + folder + "' in mailbox " + mailbox.user()
                                     + "; folders that exist: " + (existing.isEmpty() ? "(none)"
                                             : String.join(", ", existing)),
                null);
    }
}
