package io.github.outlookcontacts.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 2: the smallest {@code -Xmx} at which each client completes the first round, found by bisection in fresh
 * JVMs ({@link ChildRun#JVM_FLAGS}). A probe completes when the JVM exits 0 having read exactly the folder's count
 * to the deltaLink, with no {@code OutOfMemoryError}, within {@link #TIMEOUT_FACTOR} times the wall time at the
 * ceiling (at least {@link #MIN_TIMEOUT_S} s: the machine may be shared); the collector's share of the time at the
 * minimum is reported beside it. The search
 * keeps "low fails, high completes", both probed, until they are {@code resolution} MB apart; the result is then
 * probed {@link #REPEATS} more times and raised by the resolution while any repeat fails. A Camel context with one
 * timer route is searched the same way: the floor under the Camel clients. Each client runs on its own class path
 * ({@link ClientClasspath}), as it would in a user's application.
 */
final class MinimumHeapScenario {

    static final String NAME = "minimum-heap";
    static final int FLOOR_MB = 2;
    static final int REPEATS = 2;
    static final int TIMEOUT_FACTOR = 10;
    static final int MIN_TIMEOUT_S = 600;

    /** What the search found for one client; {@code minMb} is -1 when the client fails at the ceiling. */
    private record Found(int minMb, int failsAtMb, String why, ChildRun.Result atMin, ChildRun.Result atCeiling,
            int probes) {
    }

    private MinimumHeapScenario() {
    }

    static void run(EmulatorHost emulator, String folderId, int contacts, int ceilingMb, int resolutionMb,
            Map<String, Class<?>> clients, Figures figures) throws Exception {
        figures.setting("minimum-heap probe", "a fresh JVM per probe: " + ChildRun.JVM_FLAGS + ", class path: the jars"
                + " the client loads classes from; completes = exit 0,"
                + " exactly " + contacts + " contacts to the deltaLink, within " + TIMEOUT_FACTOR + " x the wall time"
                + " at the ceiling (>= " + MIN_TIMEOUT_S + " s)");
        figures.setting("minimum-heap search", "bisection between " + FLOOR_MB + " and " + ceilingMb + " MB to "
                + resolutionMb + " MB, the result repeated " + REPEATS + " more times");
        ClientClasspath classpaths = ClientClasspath.create();
        Map<String, Found> found = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> client : clients.entrySet()) {
            String classpath = classpaths.of(client.getValue(), emulator, folderId, contacts);
            Found result = search(new Probe(client.getValue(), classpath, emulator, folderId, contacts), ceilingMb,
                    resolutionMb);
            System.out.println("  " + client.getKey() + ": " + (result.minMb() < 0 ? "fails at the ceiling"
                    : "completes at " + result.minMb() + " MB, fails at " + result.failsAtMb() + " MB ("
                      + result.why() + ")") + ", " + result.probes() + " probes");
            found.put(client.getKey(), result);
        }
        Found sdk = found.get(DeltaClients.SDK);
        for (Map.Entry<String, Found> entry : found.entrySet()) {
            Found f = entry.getValue();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("min -Xmx MB", f.minMb() < 0 ? "> " + ceilingMb : f.minMb() == FLOOR_MB ? "<= " + FLOOR_MB
                    : f.minMb());
            values.put("x SDK", sdk == null || sdk.minMb() <= 0 || f.minMb() <= 0 ? "-"
                    : f.minMb() / (double) sdk.minMb());
            values.put("fails at MB", f.failsAtMb() < 0 ? "-" : f.failsAtMb());
            values.put("failure there", f.why());
            values.put("s at min", f.atMin() == null ? "-" : f.atMin().wallMillis() / 1000.0);
            values.put("GC s at min", f.atMin() == null ? "-" : f.atMin().gcMillis() / 1000.0);
            values.put("s at ceiling", f.atCeiling().ok() ? f.atCeiling().wallMillis() / 1000.0 : "-");
            values.put("after-GC peak MB at min", f.atMin() == null ? "-" : f.atMin().peakAfterGcBytes() / 1e6);
            values.put("probes", f.probes());
            figures.add(NAME, entry.getKey(), values);
        }
    }

    private static Found search(Probe probe, int ceilingMb, int resolutionMb) throws Exception {
        ChildRun.Result ceiling = probe.at(ceilingMb, Math.max(600, probe.contacts / 1000));
        if (!ceiling.ok()) {
            return new Found(-1, ceilingMb, ceiling.failure(), null, ceiling, probe.count);
        }
        probe.timeoutSeconds = Math.max(MIN_TIMEOUT_S, TIMEOUT_FACTOR * ceiling.wallMillis() / 1000);
        ChildRun.Result floor = probe.at(FLOOR_MB);
        if (floor.ok()) {
            return new Found(FLOOR_MB, -1, "not tried below " + FLOOR_MB, floor, ceiling, probe.count);
        }
        int low = FLOOR_MB;
        String why = floor.failure();
        int high = ceilingMb;
        ChildRun.Result atHigh = ceiling;
        while (true) {
            while (high - low > resolutionMb) {
                int middle = (low + high) >>> 1;
                ChildRun.Result result = probe.at(middle);
                if (result.ok()) {
                    high = middle;
                    atHigh = result;
                } else {
                    low = middle;
                    why = result.failure();
                }
            }
            String repeatFailure = null;
            for (int i = 0; i < REPEATS && repeatFailure == null; i++) {
                ChildRun.Result again = probe.at(high);
                repeatFailure = again.ok() ? null : again.failure();
            }
            if (repeatFailure == null) {
                return new Found(high, low, why, atHigh, ceiling, probe.count);
            }
            // Not reproducible at this size: it fails there too, so search above it.
            low = high;
            why = repeatFailure + " (on a repeat)";
            high = Math.min(ceilingMb, high + 2 * resolutionMb);
            atHigh = probe.at(high);
            if (!atHigh.ok()) {
                high = ceilingMb;
                atHigh = ceiling;
            }
        }
    }

    /** Probes one client at a heap size, counting the probes. */
    private static final class Probe {
        private final Class<?> client;
        private final String classpath;
        private final EmulatorHost emulator;
        private final String folderId;
        private final int contacts;
        private long timeoutSeconds;
        private int count;

        Probe(Class<?> client, String classpath, EmulatorHost emulator, String folderId, int contacts) {
            this.client = client;
            this.classpath = classpath;
            this.emulator = emulator;
            this.folderId = folderId;
            this.contacts = contacts;
        }

        ChildRun.Result at(int heapMb) throws Exception {
            return at(heapMb, timeoutSeconds);
        }

        ChildRun.Result at(int heapMb, long timeout) throws Exception {
            count++;
            ChildRun.Result result = ChildRun.run(client, classpath, List.of(), heapMb + "m", timeout, emulator,
                    emulator.baseUrl(), folderId, String.valueOf(contacts));
            System.out.println("    " + client.getSimpleName() + " -Xmx" + heapMb + "m: " + (result.ok()
                    ? "completes in " + result.wallMillis() + " ms" : result.failure()));
            return result;
        }
    }
}
