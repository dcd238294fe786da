package io.github.outlookcontacts.sync;

import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the field diff remembers per contact, in {@value #BUCKETS} buckets of the {@link CursorStore} (so a large
 * folder makes a few thousand values, not one per contact): each bucket is one line of
 * {@code <id hash, hex>:<payload, base64url>} entries. Changes are staged while a page is routed and written by
 * {@link #flush()} once the page is committed, so a page routed again after a failure is diffed against the same
 * state as the first time.
 */
final class FieldStore {

    static final int BUCKETS = 4096;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final CursorStore store;
    private final String prefix;
    /** Staged payloads by bucket, then id hash; a null payload removes the entry. */
    private final Map<Integer, Map<Long, byte[]>> staged = new HashMap<>();

    /** {@code prefix}: the key prefix of this folder's buckets. */
    FieldStore(CursorStore store, String prefix) {
        this.store = store;
        this.prefix = prefix;
    }

    /** The stored payload of the contact (staged changes not included), or null. */
    byte[] get(String contactId) {
        long id = KnownContacts.idHash(contactId);
        String entry = Long.toHexString(id) + ":";
        String line = store.get(key(bucket(id)));
        if (line == null) {
            return null;
        }
        int at = line.startsWith(entry) ? 0 : line.indexOf(" " + entry);
        if (at < 0) {
            return null;
        }
        int start = at == 0 ? entry.length() : at + 1 + entry.length();
        int end = line.indexOf(' ', start);
        return DECODER.decode(line.substring(start, end < 0 ? line.length() : end));
    }

    void stage(String contactId, byte[] payload) {
        long id = KnownContacts.idHash(contactId);
        staged.computeIfAbsent(bucket(id), b -> new HashMap<>()).put(id, payload);
    }

    void stageRemoval(String contactId) {
        stage(contactId, null);
    }

    /** Writes every staged change, one store write per bucket touched. */
    void flush() {
        for (Map.Entry<Integer, Map<Long, byte[]>> bucket : staged.entrySet()) {
            Map<Long, String> entries = parse(store.get(key(bucket.getKey())));
            bucket.getValue().forEach((id, payload) -> {
                if (payload == null) {
                    entries.remove(id);
                } else {
                    entries.put(id, ENCODER.encodeToString(payload));
                }
            });
            store.put(key(bucket.getKey()), format(entries));
        }
        staged.clear();
    }

    /** The page was given up: forget what it staged. */
    void discard() {
        staged.clear();
    }

    private static Map<Long, String> parse(String line) {
        Map<Long, String> entries = new LinkedHashMap<>();
        if (line == null || line.isEmpty()) {
            return entries;
        }
        for (String entry : line.split(" ")) {
            int colon = entry.indexOf(':');
            entries.put(Long.parseUnsignedLong(entry.substring(0, colon), 16), entry.substring(colon + 1));
        }
        return entries;
    }

    private static String format(Map<Long, String> entries) {
        StringBuilder line = new StringBuilder();
        entries.forEach((id, payload) -> {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(Long.toHexString(id)).append(':').append(payload);
        });
        return line.toString();
    }

    private static int bucket(long idHash) {
        return (int) Math.floorMod(idHash, (long) BUCKETS);
    }

    private String key(int bucket) {
        return prefix + Integer.toHexString(bucket);
    }
}
