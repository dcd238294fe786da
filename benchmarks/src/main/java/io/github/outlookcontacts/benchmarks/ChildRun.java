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

/** Runs one client main in its own JVM with the given heap and parses its {@code RESULT} line. */
final class ChildRun {

    /** What one client run measured; {@code ok} is false when it failed, ran out of heap or timed out. */
    record Result(boolean ok, long contacts, long wallMillis, long cpuMillis, long peakHeapBytes, long peakRssKb,
            long requests, long threads, String failure) {

        double contactsPerSecond() {
            return wallMillis == 0 ? 0 : contacts * 1000.0 / wallMillis;
        }
    }

    private ChildRun() {
    }

    static Result run(Class<?> client, String heap, long timeoutSeconds, EmulatorHost emulator, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                client.getName()));
        command.addAll(List.of(args));
        long requestsBefore = emulator.requests();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        long threads = -1;
        StringBuilder tail = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            Thread killer = new Thread(() -> {
                try {
                    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
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
        long requests = emulator.requests() - requestsBefore;
        if (result == null || exit != 0) {
            String why = tail.toString().contains("OutOfMemoryError") ? "OutOfMemoryError"
                    : "exit " + exit + (result == null ? ", no result" : "") + firstLine(tail);
            return new Result(false, 0, 0, 0, 0, 0, requests, threads, why);
        }
        Map<String, Long> values = new HashMap<>();
        for (String pair : result.substring(7).split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        return new Result(true, values.get("contacts"), values.get("wallMillis"), values.get("cpuMillis"),
                values.get("peakHeapBytes"), values.get("peakRssKb"), requests, threads, null);
    }

    private static String firstLine(StringBuilder tail) {
        String text = tail.toString().strip();
        return text.isEmpty() ? "" : ": " + text.lines().filter(l -> l.contains("Exception") || l.contains("Error"))
                .findFirst().orElse(text.lines().findFirst().orElse(""));
    }
}
