package io.github.outlookcontacts.connect;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a partition's state is laid out in source offsets. The partition's own offset is a flat map: the inline
 * values of the current version under their store keys (as before chunking, so older offsets still load), and under
 * {@code ~}-keys its version number, the manifest of its chunks and, while the current version's chunks are not yet
 * known to be durable, the last version whose chunks are (the fallback). A chunk slot's offset holds one value with
 * its store key and tag.
 */
final class OffsetLayout {

    static final String VERSION = "~version";
    static final String CHUNKS = "~chunks";
    static final String FALLBACK_VERSION = "~fallback.version";
    static final String FALLBACK_CHUNKS = "~fallback.chunks";
    static final String FALLBACK_INLINE = "~fallback:";

    static final String CHUNK_KEY = "key";
    static final String CHUNK_TAG = "tag";
    static final String CHUNK_VALUE = "value";

    private OffsetLayout() {
    }

    /** The partition's offset for {@code current}, with {@code fallback} unless it is the same version. */
    static Map<String, Object> encode(StateVersion current, StateVersion fallback) {
        Map<String, Object> offset = new TreeMap<>(current.inline());
        offset.put(VERSION, Long.toString(current.version()));
        if (!current.chunks().isEmpty()) {
            offset.put(CHUNKS, manifest(current.chunks()));
        }
        if (fallback.version() != current.version()) {
            offset.put(FALLBACK_VERSION, Long.toString(fallback.version()));
            if (!fallback.chunks().isEmpty()) {
                offset.put(FALLBACK_CHUNKS, manifest(fallback.chunks()));
            }
            fallback.inline().forEach((key, value) -> offset.put(FALLBACK_INLINE + key, value));
        }
        return offset;
    }

    /** The current version of a stored offset (an offset written before chunking is version 0, all inline). */
    static StateVersion current(Map<String, Object> offset) {
        Map<String, String> inline = new HashMap<>();
        offset.forEach((key, value) -> {
            if (!key.startsWith("~") && value instanceof String text && !text.isEmpty()) {
                inline.put(key, text);
            }
        });
        return new StateVersion(number(offset.get(VERSION)), inline, manifest(offset.get(CHUNKS)));
    }

    /** The fallback of a stored offset, or null when it has none (its current version was durable). */
    static StateVersion fallback(Map<String, Object> offset) {
        if (!offset.containsKey(FALLBACK_VERSION)) {
            return null;
        }
        Map<String, String> inline = new HashMap<>();
        offset.forEach((key, value) -> {
            if (key.startsWith(FALLBACK_INLINE) && value instanceof String text && !text.isEmpty()) {
                inline.put(key.substring(FALLBACK_INLINE.length()), text);
            }
        });
        return new StateVersion(number(offset.get(FALLBACK_VERSION)), inline, manifest(offset.get(FALLBACK_CHUNKS)));
    }

    /** The version number of a partition's offset as read back, or -1 for none. */
    static long version(Map<String, Object> offset) {
        return offset == null ? -1 : number(offset.get(VERSION));
    }

    static Map<String, Object> chunk(String key, String tag, String value) {
        return Map.of(CHUNK_KEY, key, CHUNK_TAG, tag, CHUNK_VALUE, value);
    }

    /** The value a read-back chunk offset holds for {@code key} under {@code ref}'s tag, else null. */
    static String chunkValue(Map<String, Object> chunk, String key, ChunkRef ref) {
        if (chunk == null || !ref.tag().equals(chunk.get(CHUNK_TAG)) || !key.equals(chunk.get(CHUNK_KEY))) {
            return null;
        }
        return chunk.get(CHUNK_VALUE) instanceof String value ? value : null;
    }

    /** One line per chunk: {@code <slot> <tag> <store key>} (store keys have no line breaks). */
    private static String manifest(Map<String, ChunkRef> chunks) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(chunks).forEach((key, ref) -> {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(ref.slot()).append(' ').append(ref.tag()).append(' ').append(key);
        });
        return text.toString();
    }

    private static Map<String, ChunkRef> manifest(Object value) {
        Map<String, ChunkRef> chunks = new HashMap<>();
        if (!(value instanceof String text) || text.isEmpty()) {
            return chunks;
        }
        for (String line : text.split("\n")) {
            int first = line.indexOf(' ');
            int second = line.indexOf(' ', first + 1);
            if (first < 0 || second < 0) {
                throw new IllegalStateException("damaged chunk manifest line: " + line);
            }
            chunks.put(line.substring(second + 1),
                    new ChunkRef(Integer.parseInt(line.substring(0, first)), line.substring(first + 1, second)));
        }
        return chunks;
    }

    private static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return value instanceof String s && !s.isEmpty() ? Long.parseLong(s) : 0;
    }
}
