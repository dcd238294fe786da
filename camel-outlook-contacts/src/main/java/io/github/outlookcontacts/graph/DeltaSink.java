package io.github.outlookcontacts.graph;

/**
 * Receives the items of a delta page as the streaming parser reads them, so a page never sits in memory whole.
 *
 * @param <T> contact or contact folder
 */
public interface DeltaSink<T> {

    /** A created or updated item (Graph sends the whole selected object). */
    void changed(T item);

    /** An {@code @removed} entry; {@code reason} is Graph's {@code deleted} or {@code changed}. */
    void removed(String id, String reason);
}
