package io.github.outlookcontacts.sync;

import java.util.HashMap;
import java.util.Map;

/** An in-memory {@link CursorStore} that can be told to fail after a number of writes (a crash in the middle). */
final class MapCursorStore implements CursorStore {

    final Map<String, String> values = new HashMap<>();
    private int writesUntilCrash = -1;
    int writes;

    @Override
    public String get(String key) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public void put(String key, String value) {
        if (writesUntilCrash == 0) {
            throw new IllegalStateException("simulated crash before write " + (writes + 1));
        }
        if (writesUntilCrash > 0) {
            writesUntilCrash--;
        }
        writes++;
        values.put(key, value);
    }

    void crashAfter(int writes) {
        this.writesUntilCrash = writes;
    }

    void healed() {
        this.writesUntilCrash = -1;
    }

    MapCursorStore copy() {
        MapCursorStore copy = new MapCursorStore();
        copy.values.putAll(values);
        return copy;
    }
}
