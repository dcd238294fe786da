package io.github.outlookcontacts.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 1: the first delta round of one large folder, each client in its own JVM with the same heap, runs
 * interleaved (A B C D A B C D ...) so a drift of the machine's speed hits every client alike; medians are kept.
 */
final class FirstRoundScenario {

    static final String NAME = "first-round";

    private FirstRoundScenario() {
    }

    static void run(EmulatorHost emulator, String folderId, int contacts, int runs, String heap, Figures figures)
            throws Exception {
        Map<String, List<ChildRun.Result>> results = new LinkedHashMap<>();
        DeltaClients.all().keySet().forEach(name -> results.put(name, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, Class<?>> client : DeltaClients.all().entrySet()) {
                ChildRun.Result result = ChildRun.run(client.getValue(), heap, 600, emulator, emulator.baseUrl(),
                        folderId, String.valueOf(contacts));
                if (!result.ok()) {
                    System.err.println(client.getKey() + " failed: " + result.failure());
                }
                results.get(client.getKey()).add(result);
            }
        }
        double limit = medianRate(results.get(DeltaClients.DOWNLOAD_ONLY));
        double sdk = medianRate(results.get(DeltaClients.SDK));
        double limitSecondHalf = medianSecondHalf(results.get(DeltaClients.DOWNLOAD_ONLY));
        double sdkSecondHalf = medianSecondHalf(results.get(DeltaClients.SDK));
        for (Map.Entry<String, List<ChildRun.Result>> entry : results.entrySet()) {
            List<ChildRun.Result> ok = entry.getValue().stream().filter(ChildRun.Result::ok).toList();
            Map<String, Object> values = new LinkedHashMap<>();
            double rate = medianRate(ok);
            values.put("contacts/s", rate);
            values.put("x limit", limit == 0 ? 0.0 : rate / limit);
            values.put("x SDK", sdk == 0 ? 0.0 : rate / sdk);
            double secondHalf = medianSecondHalf(ok);
            values.put("2nd half /s", secondHalf);
            values.put("2nd half x limit", limitSecondHalf == 0 ? 0.0 : secondHalf / limitSecondHalf);
            values.put("2nd half x SDK", sdkSecondHalf == 0 ? 0.0 : secondHalf / sdkSecondHalf);
            values.put("cpu s", Figures.median(ok.stream().mapToDouble(r -> r.cpuMillis() / 1000.0).toArray()));
            values.put("peak heap MB", Figures.median(ok.stream().mapToDouble(r -> r.peakHeapBytes() / 1e6)
                    .toArray()));
            values.put("peak RSS MB", Figures.median(ok.stream().mapToDouble(r -> r.peakRssKb() / 1e3).toArray()));
            values.put("requests", Figures.median(ok.stream().mapToDouble(ChildRun.Result::requests).toArray()));
            values.put("ok runs", ok.size() + "/" + entry.getValue().size());
            figures.add(NAME, entry.getKey(), values);
        }
    }

    private static double medianSecondHalf(List<ChildRun.Result> results) {
        return Figures.median(results.stream().filter(ChildRun.Result::ok)
                .mapToDouble(ChildRun.Result::secondHalfPerSecond).toArray());
    }

    private static double medianRate(List<ChildRun.Result> results) {
        return Figures.median(results.stream().filter(ChildRun.Result::ok)
                .mapToDouble(ChildRun.Result::contactsPerSecond).toArray());
    }
}
