package io.github.outlookcontacts.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one client main in a fresh JVM with the given heap and parses its {@code RESULT} line. The JVM flags are
 * {@link #JVM_FLAGS} and nothing else: thread stacks, metaspace and code cache keep the JVM's defaults (they are
 * not heap), and an {@code OutOfMemoryError} on any thread ends the JVM at once, so it counts as a failure.
 */
final class ChildRun {

    static final String JVM_FLAGS = "-Xmx<heap> -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";

    /**
     * What one client run measured; {@code ok} only when the JVM exited 0 after reading exactly the expected count
     * within the timeout; {@code failure} says why not.
     */
    record Result(boolean ok, long contacts, long wallMillis, long cpuMillis, long gcMillis, long peakHeapBytes,
            long peakAfterGcBytes, long peakRssKb, long requests, long threads, long secondHalfMillis,
            long secondHalfContacts, String failure) {

        double contactsPerSecond() {
            return wallMillis == 0 ? 0 : contacts * 1000.0 / wallMillis;
        }

        /** The rate over the second half of the round (past start-up and the JIT's warm-up); 0 when not measured. */
        double secondHalfPerSecond() {
            return secondHalfMillis <= 0 ? 0 : secondHalfContacts * 1000.0 / secondHalfMillis;
        }
    }

    private ChildRun() {
    }

    /** Runs the client on the harness's class path. */
    static Result run(Class<?> client, String heap, long timeoutSeconds, EmulatorHost emulator, String... args)
            throws IOException, InterruptedException {
        return run(client, System.getProperty("java.class.path"), List.of(), heap, timeoutSeconds, emulator, args);
    }

    /** Runs the client on the given class path, with extra JVM flags (diagnostics only). */
    static Result run(Class<?> client, String classpath, List<String> extraFlags, String heap, long timeoutSeconds,
            EmulatorHost emulator, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(JVM_FLAGS.replace("<heap>", heap).split(" ")));
        command.addAll(extraFlags);
        command.addAll(List.of("-cp", classpath, client.getName()));
        command.addAll(List.of(args));
        long requestsBefore = emulator.requests();
        long startNanos = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reaper = new Thread(process::destroyForcibly, "bench-reaper"); // the harness stopped: no orphan
        Runtime.getRuntime().addShutdownHook(reaper);
        AtomicBoolean timedOut = new AtomicBoolean();
        String result = null;
        long threads = -1;
        StringBuilder tail = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            Thread killer = new Thread(() -> {
                try {
                    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                        timedOut.set(true);
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                }
            }, "bench-timeout");
            killer.setDaemon(true);
            killer.start();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (line.startsWith("THREADS peak=")) {
                    threads = Long.parseLong(line.substring("THREADS peak=".length()));
                } else if (tail.length() < 2000) {
                    tail.append(line).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        Runtime.getRuntime().removeShutdownHook(reaper);
        long requests = emulator.requests() - requestsBefore;
        Map<String, Long> values = new HashMap<>();
        if (result != null) {
            for (String pair : result.substring(7).split(" ")) {
                String[] kv = pair.split("=");
                values.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        long contacts = values.getOrDefault("contacts", 0L);
        String failure = timedOut.get() ? "timed out after " + timeoutSeconds + " s"
                : tail.toString().contains("OutOfMemoryError") ? "OutOfMemoryError"
                : result != null && exit == 3 ? "read " + contacts + " contacts, not the expected count"
                : exit != 0 || result == null ? "exit " + exit + (result == null ? ", no result" : "") + firstLine(tail)
                : null;
        // a JVM that died has no RESULT line: its wall time is the harness's view of it
        long wallMillis = values.getOrDefault("wallMillis", (System.nanoTime() - startNanos) / 1_000_000);
        return new Result(failure == null, contacts, wallMillis,
                values.getOrDefault("cpuMillis", 0L), values.getOrDefault("gcMillis", 0L),
                values.getOrDefault("peakHeapBytes", 0L),
                values.getOrDefault("peakAfterGcBytes", 0L), values.getOrDefault("peakRssKb", 0L), requests,
                threads, values.getOrDefault("secondHalfMillis", -1L), values.getOrDefault("secondHalfContacts", 0L),
                failure);
    }

    private static String firstLine(StringBuilder tail) {
        String text = tail.toString().strip();
        return text.isEmpty() ? "" : ": " + text.lines().filter(l -> l.contains("Exception") || l.contains("Error"))
                .findFirst().orElse(text.lines().findFirst().orElse(""));
    }
}
