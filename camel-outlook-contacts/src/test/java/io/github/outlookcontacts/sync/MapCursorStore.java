package io.github.outlookcontacts.sync;

import java.util.HashMap;
import java.util.Map;

/** An in-memory CursorStore that can simulate a crash by refusing writes after a number of them. */
final class MapCursorStore implements CursorStore {

    final Map<String, String> values = new HashMap<>();
    int writesBeforeCrash = Integer.MAX_VALUE;
    int writes;

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        if (writes++ >= writesBeforeCrash) {
            throw new IllegalStateException("simulated crash");
        }
        values.put(key, value);
    }
}
