package io.github.outlookcontacts.examples;

import java.util.Map;

/**
 * Where the demo syncs from: the embedded emulator (default) or a real Microsoft 365 tenant.
 */
interface DemoTarget extends AutoCloseable {

    /** Endpoint options that select the mailbox and authenticate (baseUrl, credentials, user). */
    String endpointOptions();

    /** How many contacts the first round should bring, or -1 when unknown (a real tenant). */
    int expectedContacts();

    /** True when the demo may change contacts (only on the emulator: never on a real mailbox). */
    boolean canMakeChanges();

    /** Makes a handful of changes and answers how many of each type the next round must report. */
    Map<String, Integer> makeChanges() throws Exception;

    String describe();

    @Override
    void close();
}
