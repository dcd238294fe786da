package io.github.outlookcontacts.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100,000-contact first round completes in a JVM limited to {@code -Xmx64m}: the consumer runs in a child JVM
 * (the emulator, which holds the whole folder, stays in this one). Only completion and the count are asserted; the
 * timing is printed and measured by {@code LargeFolderBenchmark}.
 */
class LargeFolderSmallHeapTest {

    static final int CONTACTS = 100_000;

    @TempDir
    Path dir;

    @Test
    void aHundredThousandContactsSyncIn64MegabytesOfHeap() throws Exception {
        String line = runChild(CONTACTS, "-Xmx64m", dir);
        assertThat(line).startsWith("DONE created=" + CONTACTS + " others=0 ");
    }

    /** The same round with diff=fields: the per-field hashes of 100,000 contacts fit in the same heap. */
    @Test
    void withTheFieldDiffTheyStillFit() throws Exception {
        String line = runChild(CONTACTS, "-Xmx64m", dir, "diff=fields");
        assertThat(line).startsWith("DONE created=" + CONTACTS + " others=0 ");
    }

    static String runChild(int contacts, String heap, Path dir) throws Exception {
        return runChild(contacts, heap, dir, "");
    }

    /**
     * Seeds an emulator, runs {@link LargeFolderSyncMain} in a child JVM with the given heap and extra endpoint
     * options, returns its summary.
     */
    static String runChild(int contacts, String heap, Path dir, String options) throws Exception {
        try (GraphEmulator emulator = GraphEmulator.builder().port(0)
                .seed(store -> store.bulkGenerate(Principal.DEFAULT_USER, "Big", contacts, 4711)).build().start()) {
            Files.createDirectories(dir);
            Path log = dir.resolve("child" + heap + options.replace('=', '-') + ".log");
            Process child = ChildJvm.start(LargeFolderSyncMain.class,
                    List.of(heap, "-XX:+ExitOnOutOfMemoryError", "-Dlog4j2.level=WARN"), log,
                    emulator.baseUrl(), String.valueOf(contacts), "240", options);
            boolean exited = child.waitFor(300, TimeUnit.SECONDS);
            if (!exited) {
                child.destroyForcibly();
            }
            String output = Files.readString(log);
            assertThat(exited).as("child finished; output:%n%s", tail(output)).isTrue();
            assertThat(child.exitValue()).as("child exit code; output:%n%s", tail(output)).isZero();
            String done = output.lines().filter(l -> l.startsWith("DONE ")).findFirst().orElse("");
            System.out.println("[large folder] " + contacts + " contacts, " + heap + " " + options + ": " + done);
            return done;
        }
    }

    private static String tail(String output) {
        return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
    }
}
