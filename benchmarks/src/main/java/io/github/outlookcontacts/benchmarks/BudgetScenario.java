package io.github.outlookcontacts.benchmarks;

import java.time.Duration;
import java.util.Map;

import com.microsoft.graph.serviceclient.GraphServiceClient;

/**
 * Scenario 5: creates under an Outlook-like budget (every sub-request of a {@code $batch} counts against the
 * mailbox, the emulator's window slides, it answers 429 with Retry-After and refuses early retries). The component
 * is given the same budget ({@code requestBudget}, {@code requestBudgetWindow}), as a user would give it Graph's.
 * The least possible time for {@code n} requests with budget {@code b} per window {@code w} is
 * {@code (ceil(n / b) - 1) * w}, where {@code n} counts what the budget counted: every request but the
 * {@code $batch} envelopes and the 429s (the creates plus the component's folder lookups, once). Efficiency is that
 * over the time taken, and the share of throttled requests is reported beside it. The SDK's batch helper follows under the same budget, in a fresh window: it does not re-send
 * throttled sub-requests, so its row counts what it created.
 */
final class BudgetScenario {

    static final String NAME = "budget";

    private BudgetScenario() {
    }

    static void run(int creates, int budget, Duration window, Figures figures) throws Exception {
        try (EmulatorHost emulator = EmulatorHost.throttled(budget, window)) {
            String folder = emulator.folder(EmulatorHost.USER, "Budget", 0);
            emulator.emulator().throttling().reset(); // a fresh window: the folder's creation is not counted
            CreatesScenario.component(emulator, folder, creates, figures, NAME,
                    "requestBudget=" + budget + "&requestBudgetWindow=" + window.toMillis());
            measure(emulator, figures.rows(NAME).get(0).values(), budget, window);

            // The SDK helper waits out no window the component used, so its own first window is as fresh.
            Thread.sleep(window.toMillis() + 1000);
            emulator.emulator().throttling().reset();
            GraphServiceClient sdk = InProcessClients.sdk(emulator.baseUrl());
            int before = emulator.store().contactCount(EmulatorHost.USER, folder);
            long start = System.nanoTime();
            CreatesScenario.sdkBatchHelper(sdk, folder, creates, "SdkBudget");
            Map<String, Object> values = CreatesScenario.record(figures, NAME, DeltaClients.SDK + " batch helper",
                    creates, start, emulator.requests());
            values.put("created", emulator.store().contactCount(EmulatorHost.USER, folder) - before);
            measure(emulator, values, budget, window);
            figures.setting("budget", budget + " requests per " + window.toSeconds() + " s");
        }
    }

    private static void measure(EmulatorHost emulator, Map<String, Object> values, int budget,
                                Duration window) {
        double seconds = (double) values.get("seconds");
        long throttled = emulator.throttled();
        long requests = emulator.requests();
        long units = requests - emulator.emulator().throttling().requestCount("POST", "/$batch") - throttled;
        long windows = (units + budget - 1) / budget;
        double least = Math.max(0, windows - 1) * window.toMillis() / 1000.0;
        values.put("budget units", units);
        values.put("least s", least);
        values.put("efficiency", least == 0 ? 1.0 : least / seconds);
        values.put("429s", throttled);
        values.put("throttled share", requests == 0 ? 0.0 : throttled / (double) requests);
    }
}
