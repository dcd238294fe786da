package io.github.outlookcontacts.benchmarks;

import java.time.Duration;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactStore;

/** The emulator every client talks to, in the harness's own JVM, with counters read between runs. */
final class EmulatorHost implements AutoCloseable {

    static final String USER = Principal.DEFAULT_USER;

    private final GraphEmulator emulator;

    private EmulatorHost(GraphEmulator emulator) {
        this.emulator = emulator;
    }

    /** Unthrottled (the first-round scenarios measure the clients, not Outlook's limits). */
    static EmulatorHost open() {
        return new EmulatorHost(GraphEmulator.builder().port(0).maxConcurrency(64)
                .requestBudget(Integer.MAX_VALUE, Duration.ofMinutes(10)).build().start());
    }

    /** Outlook's limits, with the budget scaled to {@code budget} requests per {@code window}. */
    static EmulatorHost throttled(int budget, Duration window) {
        return new EmulatorHost(GraphEmulator.builder().port(0).requestBudget(budget, window)
                .enforceRetryAfter(true).build().start());
    }

    GraphEmulator emulator() {
        return emulator;
    }

    ContactStore store() {
        return emulator.store();
    }

    String baseUrl() {
        return emulator.baseUrl();
    }

    /** Seeds a folder with {@code count} generated contacts; returns its id. */
    String folder(String user, String name, int count) {
        return emulator.store().bulkGenerate(user, name, count, 20261201L);
    }

    long requests() {
        return emulator.throttling().totalRequests();
    }

    long throttled() {
        return emulator.throttling().throttledRequests();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
