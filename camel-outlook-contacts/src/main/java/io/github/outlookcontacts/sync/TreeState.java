package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.GraphJson;

/**
 * The folder hierarchy as {@code contactFolders/delta} reported it, plus which folders are synced and which must
 * still be drained because they left the tree; one small JSON value.
 */
final class TreeState {

    /** The folder delta link to continue from; null before the first complete folder round. */
    String link;
    /** Every folder of the mailbox: id → parent id. */
    Map<String, String> parents = new LinkedHashMap<>();
    /** Folder ids synced at the last poll, parents before children (the root is not listed). */
    List<String> active = new ArrayList<>();
    /** Folder ids that left the tree and whose contacts still have to be emitted as deleted. */
    List<String> retiring = new ArrayList<>();
    /** The first complete poll of the tree is done: folders found from now on are new, whatever initialSync says. */
    boolean baselineDone;

    String encode() {
        ObjectNode node = GraphJson.mapper().createObjectNode();
        node.put("v", 1);
        if (link != null) {
            node.put("link", link);
        }
        ObjectNode folders = node.putObject("parents");
        parents.forEach(folders::put);
        active.forEach(node.putArray("active")::add);
        retiring.forEach(node.putArray("retiring")::add);
        node.put("baselineDone", baselineDone);
        return node.toString();
    }

    static TreeState decode(String value, String key) {
        TreeState state = new TreeState();
        if (value == null || value.isEmpty()) {
            return state;
        }
        try {
            JsonNode node = GraphJson.readTree(value);
            state.link = node.hasNonNull("link") ? node.get("link").asText() : null;
            node.path("parents").fields().forEachRemaining(e -> state.parents.put(e.getKey(),
                    e.getValue().isNull() ? null : e.getValue().asText()));
            node.path("active").forEach(n -> state.active.add(n.asText()));
            node.path("retiring").forEach(n -> state.retiring.add(n.asText()));
            state.baselineDone = node.path("baselineDone").asBoolean(false);
            return state;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The folder tree stored under " + key + " cannot be read: "
                                            + e.getMessage(), e);
        }
    }
}
