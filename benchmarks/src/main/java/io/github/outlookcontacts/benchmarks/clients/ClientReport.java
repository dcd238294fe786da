package io.github.outlookcontacts.benchmarks.clients;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What a client process measured about itself, printed as one {@code RESULT} line the harness parses: contacts
 * read, wall and CPU milliseconds, peak heap (sum of the heap pools' peaks) and peak resident memory.
 */
public final class ClientReport {

    private ClientReport() {
    }

    /** Prints the line and exits: 0 when {@code contacts} reached {@code expected}, 3 otherwise. */
    public static void finish(long contacts, long expected, long startNanos) {
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        long cpuMillis = TimeUnit.NANOSECONDS.toMillis(
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime());
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("RESULT contacts=" + contacts + " wallMillis=" + wallMillis + " cpuMillis=" + cpuMillis
                           + " peakHeapBytes=" + peakHeap + " peakRssKb=" + peakRssKb());
        System.out.flush();
        Runtime.getRuntime().halt(contacts >= expected ? 0 : 3);
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
