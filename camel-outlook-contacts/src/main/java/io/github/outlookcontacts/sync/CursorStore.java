package io.github.outlookcontacts.sync;

/**
 * Where the engine keeps its state: string values by key (a Camel StateRepository, a Kafka Connect offset store...).
 * Writing an empty string removes a value.
 */
public interface CursorStore {

    String get(String key);

    void put(String key, String value);
}
