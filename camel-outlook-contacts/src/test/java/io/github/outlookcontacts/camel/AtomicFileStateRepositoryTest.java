package io.github.outlookcontacts.camel;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AtomicFileStateRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void valuesSurviveARestartAndCompaction() throws Exception {
        Path file = dir.resolve("state/outlook.state");
        AtomicFileStateRepository repo = new AtomicFileStateRepository(file);
        repo.start();
        String big = "x".repeat(50_000);
        for (int i = 0; i < 100; i++) { // 5 MB of overwrites: forces compactions
            repo.setState("cursor", "link-" + i);
            repo.setState("chunk", big + i);
        }
        repo.setState("gone", "soon");
        repo.setState("gone", "");
        repo.stop();
        assertThat(Files.size(file)).isLessThan(2_000_000);

        AtomicFileStateRepository again = new AtomicFileStateRepository(file);
        again.start();
        assertThat(again.getState("cursor")).isEqualTo("link-99");
        assertThat(again.getState("chunk")).isEqualTo(big + 99);
        assertThat(again.getState("gone")).isNull();
        again.stop();
    }

    @Test
    void aTornLastRecordIsDroppedAndEarlierOnesKept() throws Exception {
        Path file = dir.resolve("torn.state");
        AtomicFileStateRepository repo = new AtomicFileStateRepository(file);
        repo.start();
        repo.setState("a", "1");
        repo.setState("b", "2");
        repo.stop();
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size - 3); // the process died while writing "b"
        }
        AtomicFileStateRepository again = new AtomicFileStateRepository(file);
        again.start();
        assertThat(again.getState("a")).isEqualTo("1");
        assertThat(again.getState("b")).isNull();
        again.setState("c", "3"); // appends after the last good record
        again.stop();
        AtomicFileStateRepository third = new AtomicFileStateRepository(file);
        third.start();
        assertThat(third.getState("c")).isEqualTo("3");
        third.stop();
    }

    @Test
    void survivesKillMinusNineOfAWritingJvm() throws Exception {
        Path file = dir.resolve("killed.state");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Writer.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((!Files.exists(file) || Files.size(file) < 200_000) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroyForcibly(); // SIGKILL, mid-write
        child.waitFor(10, TimeUnit.SECONDS);

        AtomicFileStateRepository repo = new AtomicFileStateRepository(file);
        repo.start();
        String counter = repo.getState("counter");
        assertThat(counter).isNotNull();
        int n = Integer.parseInt(counter);
        assertThat(n).isPositive();
        // every value written before the last intact counter is intact too
        assertThat(repo.getState("value-" + n)).isEqualTo("v".repeat(100) + n);
        repo.stop();
    }

    /** Runs in a child JVM: writes until killed. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            AtomicFileStateRepository repo = new AtomicFileStateRepository(Path.of(args[0]));
            repo.start();
            for (int i = 1;; i++) {
                repo.setState("value-" + i, "v".repeat(100) + i);
                repo.setState("counter", String.valueOf(i));
            }
        }
    }
}
