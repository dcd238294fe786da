package io.github.outlookcontacts.benchmarks;

import java.time.Duration;
import java.util.Map;

/**
 * Scenario 5: creates under an Outlook-like budget (every sub-request of a {@code $batch} counts against the
 * mailbox, the emulator answers 429 with Retry-After and refuses early retries). The least possible time for
 * {@code n} requests with budget {@code b} per fixed window {@code w} is {@code (ceil(n / b) - 1) * w}; efficiency
 * is that over the time taken, and the share of throttled requests is reported beside it.
 */
final class BudgetScenario {

    static final String NAME = "budget";

    private BudgetScenario() {
    }

    static void run(int creates, int budget, Duration window, Figures figures) throws Exception {
        try (EmulatorHost emulator = EmulatorHost.throttled(budget, window)) {
            String folder = emulator.folder(EmulatorHost.USER, "Budget", 0);
            CreatesScenario.component(emulator, folder, creates, figures, NAME);
            Map<String, Object> values = figures.rows(NAME).get(0).values();
            double seconds = (double) values.get("seconds");
            long windows = (creates + budget - 1) / budget;
            double least = (windows - 1) * window.toMillis() / 1000.0;
            long throttled = emulator.throttled();
            long requests = emulator.requests();
            values.put("least s", least);
            values.put("efficiency", least == 0 ? 1.0 : least / seconds);
            values.put("429s", throttled);
            values.put("throttled share", requests == 0 ? 0.0 : throttled / (double) requests);
            figures.setting("budget", budget + " requests per " + window.toSeconds() + " s");
        }
    }
}
