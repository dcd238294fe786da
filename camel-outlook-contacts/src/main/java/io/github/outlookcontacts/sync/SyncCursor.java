package io.github.outlookcontacts.sync;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.GraphJson;

/**
 * The committed position of one folder: the link to fetch next, the kind of round under way, how many page logs
 * belong to it and how many chunks the known-contacts snapshot has. Written last, so it is the commit point.
 *
 * @param link   the next or delta link to replay, or null to start a round
 * @param phase  which round is under way
 * @param logs   page logs committed in this round
 * @param chunks chunks of the stored snapshot
 * @param gen    which of two key sets holds the snapshot: a new snapshot is written beside the old one, so a crash
 *               before the cursor is written leaves the old one intact
 */
record SyncCursor(String link, Phase phase, int logs, int chunks, int gen) {

    enum Phase {
        /** The first round: every contact is new (emitted as created, or only recorded for changesOnly). */
        INITIAL,
        /** A round after a delta link: changes only. */
        INCREMENTAL,
        /** A full round after the delta link expired: emit only what differs, then the vanished as deleted. */
        RESYNC
    }

    static SyncCursor start(Phase phase) {
        return new SyncCursor(null, phase, 0, 0, 0);
    }

    SyncCursor withLink(String newLink, int newLogs) {
        return new SyncCursor(newLink, phase, newLogs, chunks, gen);
    }

    String encode() {
        ObjectNode node = GraphJson.mapper().createObjectNode();
        node.put("v", 1).put("phase", phase.name()).put("logs", logs).put("chunks", chunks).put("gen", gen);
        if (link != null) {
            node.put("link", link);
        }
        return node.toString();
    }

    static SyncCursor decode(String value) {
        try {
            JsonNode node = GraphJson.mapper().readTree(value);
            return new SyncCursor(node.hasNonNull("link") ? node.get("link").asText() : null,
                    Phase.valueOf(node.path("phase").asText()), node.path("logs").asInt(), node.path("chunks").asInt(),
                    node.path("gen").asInt());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the stored sync cursor is unreadable; clear the state repository entry"
                                            + " to restart this folder with a full round", e);
        }
    }

    @Override
    public String toString() {
        return "SyncCursor[phase=" + phase + ", logs=" + logs + ", chunks=" + chunks + ", link="
               + (link == null ? "none" : "***") + "]";
    }
}
