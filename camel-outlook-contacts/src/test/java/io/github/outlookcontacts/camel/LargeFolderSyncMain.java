package io.github.outlookcontacts.camel;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Child-JVM program for the large-folder check: syncs folder {@code Big} of an emulator (started by the parent) in
 * whatever heap it was given, counts the created exchanges, and prints
 * {@code DONE created=<n> others=<n> millis=<ms> cpuMillis=<ms> liveHeapAfterGcBytes=<bytes> ...} once the first round
 * is complete and quiet.
 * Exits 0 on success, 2 on timeout.
 */
public final class LargeFolderSyncMain {

    private LargeFolderSyncMain() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        long expected = Long.parseLong(args[1]);
        long timeoutSeconds = Long.parseLong(args[2]);
        AtomicLong created = new AtomicLong();
        AtomicLong others = new AtomicLong();
        long start = System.nanoTime();
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?folder=Big&pageSize=200&initialDelay=0&delay=200&baseUrl=" + baseUrl
                     + "&accessToken=large-folder-test")
                        .process(exchange -> {
                            // Touch the body the way a route would: as Graph JSON.
                            String json = exchange.getIn().getBody(String.class);
                            if (json == null || json.isEmpty()) {
                                throw new IllegalStateException("empty body");
                            }
                            if ("created".equals(exchange.getIn().getHeader(OutlookContactsConstants.CHANGE_TYPE))) {
                                created.incrementAndGet();
                            } else {
                                others.incrementAndGet();
                            }
                        });
            }
        });
        camel.start();
        long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (created.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // a few more polls: nothing may come again
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // CPU time of this JVM: less sensitive than wall time to other processes on a shared machine.
        long cpuMillis = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
                ? TimeUnit.NANOSECONDS.toMillis(os.getProcessCpuTime()) : -1;
        // What stays live while the consumer runs: the known-contacts index, the stored state, Camel itself.
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long live = runtime.totalMemory() - runtime.freeMemory();
        camel.stop();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("DONE created=" + created.get() + " others=" + others.get() + " millis=" + millis
                           + " cpuMillis=" + cpuMillis
                           + " liveHeapAfterGcBytes=" + live + " peakHeapBytes=" + peak + " maxHeapBytes="
                           + runtime.maxMemory());
        System.exit(created.get() == expected ? 0 : 2);
    }
}
