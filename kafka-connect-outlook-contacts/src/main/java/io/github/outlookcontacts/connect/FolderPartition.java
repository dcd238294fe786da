package io.github.outlookcontacts.connect;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One mailbox and folder: the unit the source connector spreads over tasks, and its Connect source partition.
 *
 * @param user   the mailbox (user id, UPN or {@code me})
 * @param folder the folder option (id or display-name path); empty for the default Contacts folder
 */
record FolderPartition(String user, String folder) {

    static final String MAILBOX_KEY = "mailbox";
    static final String FOLDER_KEY = "folder";
    static final String CHUNK_KEY = "chunk";

    /** The Connect source partition. */
    Map<String, String> sourcePartition() {
        return Map.of(MAILBOX_KEY, user, FOLDER_KEY, folder);
    }

    /** The source partition of one chunk slot of this partition's sync state (see {@link OffsetCursorStore}). */
    Map<String, String> chunkPartition(int slot) {
        return Map.of(MAILBOX_KEY, user, FOLDER_KEY, folder, CHUNK_KEY, Integer.toString(slot));
    }

    /** One entry of a task's folder list: both parts percent-encoded, so commas and slashes survive. */
    String encode() {
        return URLEncoder.encode(user, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(folder, StandardCharsets.UTF_8);
    }

    static FolderPartition decode(String entry) {
        int colon = entry.indexOf(':');
        return new FolderPartition(URLDecoder.decode(entry.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(entry.substring(colon + 1), StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return user + "/" + (folder.isEmpty() ? "(default folder)" : folder);
    }
}
