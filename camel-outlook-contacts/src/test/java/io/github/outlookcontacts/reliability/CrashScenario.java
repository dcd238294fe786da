package io.github.outlookcontacts.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.outlookcontacts.camel.ChildJvm;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactStore;

/**
 * A consumer in a child JVM ({@link SyncToFileMain}) syncs folder tree {@code Synced} (with {@code Synced/Sub})
 * into a file sink while {@link ContactChurn} changes the emulator; the child is killed with SIGKILL at random
 * points and restarted, at least {@code minKills} times and for at least {@code minDuration}. Then the churn stops,
 * one last child catches up, and the sink is set against the emulator.
 */
final class CrashScenario {

    static final String USER = Principal.DEFAULT_USER;
    private static final List<String> CHILD_JVM = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    /** What one run did and found. */
    record Figures(long seed, int kills, long changes, String changeMix, int delivered, int redelivered,
            int journalEntries, List<String> journalMisses, Map<String, String> sinkView,
            Map<String, String> storeView, long millis) {

        boolean equal() {
            return sinkView.equals(storeView);
        }

        String summary() {
            return String.format("crash: seed=%d kills=%d changes=%d (%s) delivered=%d redelivered=%d"
                                 + " journal=%d missed=%d contacts=%d finalEqual=%s in %d s", seed, kills, changes,
                    changeMix, delivered, redelivered, journalEntries, journalMisses.size(), storeView.size(),
                    equal(), millis / 1000);
        }
    }

    private CrashScenario() {
    }

    static Figures run(Path dir, int minKills, Duration minDuration, long seed) throws Exception {
        long start = System.nanoTime();
        try (GraphEmulator emulator = GraphEmulator.builder().port(0)
                .requestBudget(10_000_000, Duration.ofMinutes(10)).build().start()) {
            ContactStore store = emulator.store();
            store.mailbox(USER);
            String root = store.ensureFolderPath(USER, "Synced");
            String sub = store.ensureFolderPath(USER, "Synced/Sub");
            String outside = store.ensureFolderPath(USER, "Outside");
            ContactChurn churn = new ContactChurn(store, USER, List.of(root, sub), outside, seed);
            for (int i = 0; i < 40; i++) {
                churn.create(i % 2 == 0 ? root : sub);
            }
            Child child = new Child(emulator.baseUrl(), dir);
            Random random = new Random(seed);
            int kills = 0;
            long until = System.nanoTime() + minDuration.toNanos();
            try (BackgroundChurn running = new BackgroundChurn(churn, 25)) {
                while (kills < minKills || System.nanoTime() < until) {
                    child.start();
                    child.killAtRandomPoint(random);
                    kills++;
                }
            }
            child.start();
            Set<String> synced = Set.of(root, sub);
            boolean caughtUp = child.awaitSinkEquals(() -> Ledger.storeView(store, USER, synced), CATCH_UP);
            child.stop();
            Ledger ledger = new Ledger(FileSink.read(child.sink));
            List<String> misses = ledger.journalMisses(store.journal().entries(), USER, synced);
            Figures figures = new Figures(seed, kills, churn.changes(), churn.describe(), ledger.size(),
                    ledger.redelivered(), store.journal().size(), misses, ledger.view(),
                    Ledger.storeView(store, USER, synced), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            if (!caughtUp) {
                System.out.println("crash: the last child did not catch up; its log:\n" + child.log());
            }
            return figures;
        }
    }

    /** The child consumer process: started, killed, restarted on the same state and sink files. */
    private static final class Child {
        private final String baseUrl;
        private final Path state;
        private final Path sink;
        private final Path log;
        private Process process;

        Child(String baseUrl, Path dir) {
            this.baseUrl = baseUrl;
            this.state = dir.resolve("state.dat");
            this.sink = dir.resolve("sink.tsv");
            this.log = dir.resolve("child.log");
        }

        void start() throws IOException {
            process = ChildJvm.start(SyncToFileMain.class, CHILD_JVM, log, baseUrl, "Synced", state.toString(),
                    sink.toString());
        }

        /**
         * Kills the child either after a random number of new sink lines (mid-round, often mid-page) or after a
         * random time (sometimes before the consumer has even started).
         */
        void killAtRandomPoint(Random random) throws Exception {
            int before = FileSink.read(sink).size();
            long deadline;
            if (random.nextBoolean()) {
                int lines = 1 + random.nextInt(40);
                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (FileSink.read(sink).size() < before + lines && System.nanoTime() < deadline) {
                    assertAlive();
                    Thread.sleep(5);
                }
            } else {
                Thread.sleep(random.nextInt(4000));
            }
            assertAlive();
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no Camel stop, no final state write
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the child did not die after SIGKILL");
            }
        }

        boolean awaitSinkEquals(java.util.function.Supplier<Map<String, String>> expected, Duration timeout)
                throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            int stableRounds = 0;
            while (System.nanoTime() < deadline) {
                assertAlive();
                stableRounds = new Ledger(FileSink.read(sink)).view().equals(expected.get()) ? stableRounds + 1 : 0;
                if (stableRounds == 10) { // equal for ~1 s: the consumer has nothing more to say
                    return true;
                }
                Thread.sleep(100);
            }
            return false;
        }

        void stop() throws Exception {
            process.getOutputStream().close(); // end of input: the child stops Camel and exits
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }

        String log() throws IOException {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        }

        private void assertAlive() throws IOException {
            if (!process.isAlive()) {
                throw new IllegalStateException("the child exited by itself (" + process.exitValue() + "):\n" + log());
            }
        }
    }
}
