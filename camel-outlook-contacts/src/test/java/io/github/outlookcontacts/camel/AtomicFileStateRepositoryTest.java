package io.github.outlookcontacts.camel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileStateRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void valuesSurviveARestart() {
        Path file = dir.resolve("state.dat");
        AtomicFileStateRepository repo = started(file);
        repo.setState("a", "1");
        repo.setState("b", "two\nlines = and spaces");
        repo.setState("a", "3");
        repo.stop();
        AtomicFileStateRepository again = started(file);
        assertThat(again.getState("a")).isEqualTo("3");
        assertThat(again.getState("b")).isEqualTo("two\nlines = and spaces");
        assertThat(again.getState("c")).isNull();
        again.stop();
    }

    @Test
    void aTornRecordAtTheEndOfTheJournalIsDroppedAndLaterWritesWork() throws IOException {
        Path file = dir.resolve("state.dat");
        AtomicFileStateRepository repo = started(file);
        repo.setState("a", "1");
        repo.setState("b", "2");
        // Simulate a crash without stop(): copy the files as they are, then tear the last record.
        Path copy = dir.resolve("copy.dat");
        Files.copy(dir.resolve("state.dat.journal"), dir.resolve("copy.dat.journal"));
        repo.stop();
        try (FileChannel journal = FileChannel.open(dir.resolve("copy.dat.journal"), StandardOpenOption.WRITE)) {
            journal.truncate(journal.size() - 3);
            journal.write(ByteBuffer.wrap(new byte[] { 0, 0, 0, 9, 0 }), journal.size()); // half a header
        }
        AtomicFileStateRepository recovered = started(copy);
        assertThat(recovered.getState("a")).isEqualTo("1");
        assertThat(recovered.getState("b")).as("the torn write was never acknowledged").isNull();
        recovered.setState("c", "3");
        recovered.stop();
        AtomicFileStateRepository again = started(copy);
        assertThat(again.getState("a")).isEqualTo("1");
        assertThat(again.getState("c")).isEqualTo("3");
        again.stop();
    }

    @Test
    void theJournalIsCompactedIntoAnAtomicallyRenamedSnapshot() throws IOException {
        Path file = dir.resolve("state.dat");
        AtomicFileStateRepository repo = started(file);
        String big = "v".repeat(100_000);
        for (int i = 0; i < 40; i++) {
            repo.setState("k" + (i % 5), i + big);
        }
        assertThat(Files.size(dir.resolve("state.dat.journal"))).isLessThan(1_200_000);
        assertThat(file).exists();
        assertThat(dir.resolve("state.dat.tmp")).doesNotExist();
        AtomicFileStateRepository other = new AtomicFileStateRepository(file);
        assertThatThrownBy(other::start).hasMessageContaining("in use");
        repo.stop();
        AtomicFileStateRepository again = started(file);
        for (int i = 35; i < 40; i++) {
            assertThat(again.getState("k" + (i % 5))).isEqualTo(i + big);
        }
        again.stop();
    }

    @Test
    void aDamagedSnapshotFailsTheStartInsteadOfLosingState() throws IOException {
        Path file = dir.resolve("state.dat");
        AtomicFileStateRepository repo = started(file);
        repo.setState("a", "1");
        repo.stop(); // stop compacts into the snapshot
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x55;
        Files.write(file, bytes);
        assertThatThrownBy(() -> started(file)).hasMessageContaining("damaged");
    }

    @Test
    void killMinus9NeverCorruptsTheStateNorLosesAnAcknowledgedWrite() throws Exception {
        for (int run = 0; run < 3; run++) {
            Path file = dir.resolve("killed-" + run + ".dat");
            Path log = dir.resolve("writer-" + run + ".log");
            Process writer = ChildJvm.start(StateWriterMain.class, List.of("-Xmx64m"), log, file.toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // Let it write (and compact) for a while, at a different moment each run.
            while (lastAcked(log) < 300 + run * 250 && System.nanoTime() < deadline && writer.isAlive()) {
                Thread.sleep(20);
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no stop()
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            int acked = lastAcked(log);
            assertThat(acked).as("writer output: %s", Files.readString(log)).isGreaterThan(100);

            AtomicFileStateRepository recovered = started(file);
            for (int i = Math.max(0, acked - 49); i <= acked; i++) {
                String value = recovered.getState("key." + (i % 50));
                int stored = Integer.parseInt(value.substring(0, value.indexOf(':')));
                // The acknowledged write is there; at most the one in flight when killed is newer.
                assertThat(stored).isBetween(i, acked + 1);
            }
            recovered.stop();
        }
    }

    private static int lastAcked(Path log) throws IOException {
        if (!Files.exists(log)) {
            return -1;
        }
        List<String> lines = Files.readAllLines(log);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("acked ")) {
                return Integer.parseInt(lines.get(i).substring(6).trim());
            }
        }
        return -1;
    }

    private static AtomicFileStateRepository started(Path file) {
        AtomicFileStateRepository repo = new AtomicFileStateRepository(file);
        repo.start();
        return repo;
    }
}
