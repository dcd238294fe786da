package io.github.outlookcontacts.benchmarks.clients;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * What a client process measured about itself, printed as one {@code RESULT} line the harness parses: contacts
 * read, wall, CPU and collector milliseconds, peak heap (sum of the heap pools' peaks), peak heap after a collection (the most
 * that was still reachable, garbage of the old generation included until a full collection) and peak resident
 * memory.
 */
public final class ClientReport {

    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    /** Half the expected count; 0 until {@link #expect} is called (in-process use never measures halves). */
    private static volatile long half;
    private static final AtomicLong HALFWAY_NANOS = new AtomicLong();
    private static volatile long halfwayCount;

    private ClientReport() {
    }

    /** Starts watching the collections; returns the start time to pass to {@link #finish}. */
    public static long start() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return System.nanoTime();
    }

    /** Tells {@link #progress} how many contacts the round should read. */
    public static void expect(long expected) {
        half = expected / 2;
    }

    /**
     * Called with the running count: notes when half of the folder has been read, so the rate of the second half
     * (past the JIT's warm-up and the client's start-up) is reported beside the whole round's.
     */
    public static void progress(long count) {
        if (half > 0 && count >= half && HALFWAY_NANOS.get() == 0 && HALFWAY_NANOS.compareAndSet(0, System.nanoTime())) {
            halfwayCount = count;
        }
    }

    /** Prints the line and exits: 0 when exactly {@code expected} contacts were read, 3 otherwise. */
    public static void finish(long contacts, long expected, long startNanos) {
        long now = System.nanoTime();
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(now - startNanos);
        long halfway = HALFWAY_NANOS.get();
        long secondHalfMillis = halfway == 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(now - halfway);
        long cpuMillis = TimeUnit.NANOSECONDS.toMillis(
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime());
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        System.out.println("RESULT contacts=" + contacts + " wallMillis=" + wallMillis + " cpuMillis=" + cpuMillis
                           + " gcMillis=" + gcMillis
                           + " secondHalfMillis=" + secondHalfMillis
                           + " secondHalfContacts=" + (halfway == 0 ? 0 : contacts - halfwayCount)
                           + " peakHeapBytes=" + peakHeap + " peakAfterGcBytes=" + PEAK_AFTER_GC.get()
                           + " peakRssKb=" + peakRssKb());
        System.out.flush();
        Runtime.getRuntime().halt(contacts == expected ? 0 : 3);
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
