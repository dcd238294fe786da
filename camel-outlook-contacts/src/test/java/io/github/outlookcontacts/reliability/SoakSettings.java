package io.github.outlookcontacts.reliability;

import java.time.Duration;

/**
 * The long mode of the reliability scenarios: {@code -Dsoak.minutes=N} runs them for N minutes in all (half each)
 * instead of their bounded CI size; {@code -Dreliability.seed=S} repeats a run's random choices.
 */
final class SoakSettings {

    private SoakSettings() {
    }

    /** How long each scenario keeps going beyond its CI minimum; zero in CI. */
    static Duration perScenario() {
        String minutes = System.getProperty("soak.minutes", "").trim();
        if (minutes.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(Math.round(Double.parseDouble(minutes) * 60 / 2));
    }

    static boolean soaking() {
        return !perScenario().isZero();
    }

    /** A fixed seed in CI (repeatable), a fresh one in a soak, unless given. */
    static long seed() {
        String seed = System.getProperty("reliability.seed", "").trim();
        if (!seed.isEmpty()) {
            return Long.parseLong(seed);
        }
        return soaking() ? System.nanoTime() : 12;
    }
}
