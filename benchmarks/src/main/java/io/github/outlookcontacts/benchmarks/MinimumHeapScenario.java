package io.github.outlookcontacts.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scenario 2: the smallest {@code -Xmx} (in MB) at which each client still completes the first round, found by
 * bisection between 8 MB and the ceiling; a client that fails at the ceiling is reported as such.
 */
final class MinimumHeapScenario {

    static final String NAME = "minimum-heap";

    private MinimumHeapScenario() {
    }

    static void run(EmulatorHost emulator, String folderId, int contacts, int ceilingMb, Figures figures)
            throws Exception {
        Integer sdkMb = null;
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> client : DeltaClients.all().entrySet()) {
            int low = 8;
            int high = ceilingMb;
            if (!completes(client.getValue(), high, emulator, folderId, contacts)) {
                found.put(client.getKey(), -1);
                continue;
            }
            while (high - low > Math.max(2, low / 16)) {
                int middle = (low + high) / 2;
                if (completes(client.getValue(), middle, emulator, folderId, contacts)) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            found.put(client.getKey(), high);
            if (client.getKey().equals(DeltaClients.SDK)) {
                sdkMb = high;
            }
        }
        for (Map.Entry<String, Integer> entry : found.entrySet()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("min -Xmx MB", entry.getValue() < 0 ? "fails at " + ceilingMb : entry.getValue());
            values.put("share of SDK's", sdkMb == null || entry.getValue() < 0 ? "-"
                    : String.format("%.2f", entry.getValue() / (double) sdkMb));
            figures.add(NAME, entry.getKey(), values);
        }
    }

    static boolean completes(Class<?> client, int heapMb, EmulatorHost emulator, String folderId, int contacts)
            throws Exception {
        return ChildRun.run(client, heapMb + "m", 600, emulator, emulator.baseUrl(), folderId,
                String.valueOf(contacts)).ok();
    }
}
