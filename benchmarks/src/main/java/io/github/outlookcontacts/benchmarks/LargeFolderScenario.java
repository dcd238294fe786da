package io.github.outlookcontacts.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.benchmarks.clients.ComponentSyncClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Scenario 2, second part: the first round of a very large folder (a million contacts by default) by the component,
 * and optionally by each peer, in a small heap ({@code -Xmx64m} by default), one fresh JVM each: whether it
 * completes with the exact count, how fast, and how much heap it used. The folder is seeded in the harness's JVM, which needs a large heap for it.
 * <p>
 * The component keeps its state (cursor and known-contact ids) where its state repository does: with
 * {@link State#JDBC} in a {@code JdbcStateRepository} on a PostgreSQL server this JVM starts, with
 * {@link State#MEMORY} in the client's heap (about 66 bytes a contact, too much for a million at 64 MB).
 */
final class LargeFolderScenario {

    static final String NAME = "large-folder";

    /** Where the component client keeps its state. */
    enum State { MEMORY, JDBC }

    private LargeFolderScenario() {
    }

    static void run(EmulatorHost emulator, int contacts, String heap, State state, Map<String, Class<?>> clients,
            Figures figures) throws Exception {
        if (state == State.MEMORY || !clients.containsValue(ComponentSyncClient.class)) {
            run(emulator, contacts, heap, clients, figures, List.of());
            return;
        }
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            figures.setting("large-folder state", "JdbcStateRepository on PostgreSQL (embedded, on loopback),"
                    + " two pooled connections");
            run(emulator, contacts, heap, clients, figures, List.of(database.getJdbcUrl("postgres", "postgres")));
        }
    }

    private static void run(EmulatorHost emulator, int contacts, String heap, Map<String, Class<?>> clients,
            Figures figures, List<String> stateArgs) throws Exception {
        long start = System.nanoTime();
        String folderId = emulator.folder(EmulatorHost.USER, "Large", contacts);
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  seeded %,d contacts in %.1f s%n", contacts, seedSeconds);
        figures.setting("large-folder", String.format("%,d contacts seeded in %.1f s; client JVMs %s", contacts,
                seedSeconds, ChildRun.JVM_FLAGS.replace("<heap>", heap) + ", each on its own class path"));
        String small = emulator.folder(EmulatorHost.USER, "Classpath", 2000);
        ClientClasspath classpaths = ClientClasspath.create();
        for (Map.Entry<String, Class<?>> client : clients.entrySet()) {
            String[] extra = client.getValue() == ComponentSyncClient.class ? stateArgs.toArray(String[]::new)
                    : new String[0];
            String classpath = classpaths.of(client.getValue(), emulator, small, 2000, extra);
            List<String> args = new ArrayList<>(List.of(emulator.baseUrl(), folderId, String.valueOf(contacts)));
            args.addAll(List.of(extra));
            ChildRun.Result result = ChildRun.run(client.getValue(), classpath, List.of(), heap,
                    Math.max(600, contacts / 200), emulator, args.toArray(String[]::new));
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("completes", result.ok() ? "yes" : result.failure());
            values.put("contacts", result.contacts());
            values.put("exact count", result.contacts() == contacts ? "yes" : "no");
            values.put("wall s", result.wallMillis() / 1000.0);
            values.put("contacts/s", result.ok() ? result.contactsPerSecond() : "-");
            values.put("cpu s", result.cpuMillis() / 1000.0);
            values.put("GC s", result.gcMillis() / 1000.0);
            values.put("peak heap MB", result.peakHeapBytes() / 1e6);
            values.put("after-GC peak MB", result.peakAfterGcBytes() / 1e6);
            values.put("peak RSS MB", result.peakRssKb() / 1e3);
            values.put("requests", result.requests());
            figures.add(NAME, client.getKey(), values);
        }
    }
}
