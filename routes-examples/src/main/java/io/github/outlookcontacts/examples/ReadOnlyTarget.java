package io.github.outlookcontacts.examples;

import java.util.Map;

/** A mailbox the demo only reads: one full round into the CSV, the size unknown beforehand, never a change. */
abstract class ReadOnlyTarget implements DemoTarget {

    @Override
    public int expectedContacts() {
        return -1;
    }

    @Override
    public boolean canMakeChanges() {
        return false;
    }

    @Override
    public Map<String, Integer> makeChanges() {
        throw new UnsupportedOperationException("the demo never changes a mailbox it only reads");
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
