package io.github.outlookcontacts.connect;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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

    /**
     * The Connect source partition, in a fixed key order: Connect finds a partition's offset by the partition's
     * serialized bytes, and {@code Map.of} iterates in an order that differs from JVM to JVM, so a task moved to
     * another worker would not find its offset and start over.
     */
    Map<String, String> sourcePartition() {
        Map<String, String> partition = new LinkedHashMap<>();
        partition.put(MAILBOX_KEY, user);
        partition.put(FOLDER_KEY, folder);
        return partition;
    }

    /** The source partition of one chunk slot of this partition's sync state (see {@link OffsetCursorStore}), in the same fixed key order. */
    Map<String, String> chunkPartition(int slot) {
        Map<String, String> partition = sourcePartition();
        partition.put(CHUNK_KEY, Integer.toString(slot));
        return partition;
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
