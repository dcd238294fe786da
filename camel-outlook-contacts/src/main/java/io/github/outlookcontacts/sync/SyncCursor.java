package io.github.outlookcontacts.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.GraphJson;

/**
 * The committed position of one folder, stored as a small JSON value; writing it is the commit point.
 *
 * @param phase         where the folder is in its life cycle
 * @param link          the {@code @odata.nextLink} or {@code @odata.deltaLink} to request next; null starts a round
 * @param segments      how many known-contact segments ({@code seg.0 .. seg.n-1}) are valid
 * @param lines         how many entries those segments hold (to decide when to compact)
 * @param resyncBase    during a resync: segments below this index hold what was known before it started; else -1
 * @param vanishPending a resync read its last page; contacts known before it and not met again must still be
 *                      emitted as deleted before {@code link} (the new deltaLink) is used
 * @param selectKey     the {@code select} option the link was made with (a different one forces a resync)
 */
public record SyncCursor(Phase phase, String link, int segments, long lines, int resyncBase, boolean vanishPending,
        String selectKey) {

    /** Life cycle of a folder's state. */
    public enum Phase {
        /** First round with {@code initialSync=changesOnly}: records what exists, emits nothing. */
        BASELINE,
        /** First round with {@code initialSync=full}: everything is emitted as created. */
        INITIAL,
        /** Later rounds from a deltaLink. */
        INCREMENTAL,
        /** Full round after an expired delta link: only differences are emitted. */
        RESYNC,
        /** The folder left the synced tree and its contacts were emitted as deleted. */
        RETIRED
    }

    public static SyncCursor start(Phase phase, String selectKey) {
        return new SyncCursor(phase, null, 0, 0, -1, false, selectKey);
    }

    public boolean isResync() {
        return phase == Phase.RESYNC;
    }

    public SyncCursor withLink(String newLink) {
        return new SyncCursor(phase, newLink, segments, lines, resyncBase, vanishPending, selectKey);
    }

    public SyncCursor withSegment(long addedLines) {
        return new SyncCursor(phase, link, segments + 1, lines + addedLines, resyncBase, vanishPending, selectKey);
    }

    public SyncCursor withSegments(int newSegments, long newLines) {
        return new SyncCursor(phase, link, newSegments, newLines, resyncBase, vanishPending, selectKey);
    }

    public SyncCursor withVanishPending(String deltaLink) {
        return new SyncCursor(phase, deltaLink, segments, lines, resyncBase, true, selectKey);
    }

    /** A full resync from the start URL; what is stored so far becomes the "known before" part. */
    public SyncCursor startResync(String newSelectKey) {
        return new SyncCursor(Phase.RESYNC, null, segments, lines, segments, false, newSelectKey);
    }

    /** The round is complete: later polls continue incrementally from {@code deltaLink}. */
    public SyncCursor incremental(String deltaLink) {
        return new SyncCursor(Phase.INCREMENTAL, deltaLink, segments, lines, -1, false, selectKey);
    }

    public SyncCursor retired() {
        return new SyncCursor(Phase.RETIRED, null, 0, 0, -1, false, selectKey);
    }

    public String encode() {
        ObjectNode node = GraphJson.mapper().createObjectNode();
        node.put("v", 1);
        node.put("phase", phase.name());
        if (link != null) {
            node.put("link", link);
        }
        node.put("segments", segments);
        node.put("lines", lines);
        if (resyncBase >= 0) {
            node.put("resyncBase", resyncBase);
        }
        if (vanishPending) {
            node.put("vanishPending", true);
        }
        if (selectKey != null) {
            node.put("select", selectKey);
        }
        return node.toString();
    }

    /** Reads a stored cursor; null or empty means none. A damaged value fails naming the key. */
    public static SyncCursor decode(String value, String key) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = GraphJson.readTree(value);
            return new SyncCursor(Phase.valueOf(node.path("phase").asText()),
                    node.hasNonNull("link") ? node.get("link").asText() : null, node.path("segments").asInt(),
                    node.path("lines").asLong(), node.path("resyncBase").asInt(-1),
                    node.path("vanishPending").asBoolean(false),
                    node.hasNonNull("select") ? node.get("select").asText() : null);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The sync cursor stored under " + key + " cannot be read: "
                                            + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        // The link carries a delta token: never print it.
        return "SyncCursor[" + phase + ", segments=" + segments + ", lines=" + lines + ", resyncBase=" + resyncBase
               + ", vanishPending=" + vanishPending + ", link=" + (link == null ? "none" : "set") + "]";
    }
}
