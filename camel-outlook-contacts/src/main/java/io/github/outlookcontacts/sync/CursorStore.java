package io.github.outlookcontacts.sync;

/**
 * Where the engine keeps its state: plain string values by key. Each {@link #put} must be atomic on its own (a
 * reader sees the old or the new value, never a mix); the engine orders its writes so that the cursor is always the
 * commit point. There is no delete: the engine overwrites values it no longer needs with an empty string.
 */
public interface CursorStore {

    /** The value, or null (an empty string counts as absent too). */
    String get(String key);

    void put(String key, String value);
}
