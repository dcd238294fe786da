package io.github.outlookcontacts.connect;

import java.util.Map;

/**
 * One numbered version of a partition's sync state as the offsets hold it: the small values inline in the
 * partition's own offset, the large ones by reference to chunk slots.
 */
record StateVersion(long version, Map<String, String> inline, Map<String, ChunkRef> chunks) {

    static final StateVersion EMPTY = new StateVersion(0, Map.of(), Map.of());

    StateVersion {
        inline = Map.copyOf(inline);
        chunks = Map.copyOf(chunks);
    }
}
