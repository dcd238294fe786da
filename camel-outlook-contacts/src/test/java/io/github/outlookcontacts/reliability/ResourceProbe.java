package io.github.outlookcontacts.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts what a client could leak: live threads (by name, leaving out the JVM's own and the emulator's workers) and
 * open TCP connections to a port, read from the kernel's socket tables ({@code /proc/net/tcp}, {@code tcp6}), so it
 * sees every socket whatever HTTP library opened it.
 */
final class ResourceProbe {

    /** Threads that exist whatever the component does. */
    private static final List<String> NOT_OURS = List.of("graph-emulator-", "emulator-batch", "reliability-churn",
            "Reference Handler", "Finalizer", "Signal Dispatcher", "Common-Cleaner", "Attach Listener",
            "process reaper", "surefire", "ForkJoinPool.commonPool", "Notification Thread", "main");

    private ResourceProbe() {
    }

    /** Names of the live threads that are neither the JVM's, the test runner's nor the emulator's. */
    static Set<String> threads() {
        Set<String> names = new TreeSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && NOT_OURS.stream().noneMatch(thread.getName()::startsWith)) {
                names.add(thread.getName());
            }
        }
        return names;
    }

    /** True where the kernel's socket tables can be read (Linux). */
    static boolean canCountConnections() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    /**
     * Client sockets connected to {@code port} on this host that are not closed yet: established, or closed by the
     * server but not yet by the client (CLOSE_WAIT, the usual leak after a dropped connection).
     */
    static int openConnectionsTo(int port) throws IOException {
        int open = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> rows = Files.readAllLines(file);
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.trim().split("\\s+");
                String remote = f[2];
                int remotePort = Integer.parseInt(remote.substring(remote.indexOf(':') + 1), 16);
                String state = f[3];
                if (remotePort == port && ("01".equals(state) || "08".equals(state))) {
                    open++;
                }
            }
        }
        return open;
    }
}
