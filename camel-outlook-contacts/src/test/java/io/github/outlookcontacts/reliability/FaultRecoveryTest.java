package io.github.outlookcontacts.reliability;

import io.github.outlookcontacts.emulator.faults.FaultKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20 % injected faults over a few thousand changes of a folder tree: the route ends with exactly the emulator's
 * state, every error went to the consumer's handling (never into the route), and no thread or connection is left
 * behind. Long mode: {@code -Dsoak.minutes}.
 */
class FaultRecoveryTest {

    @Test
    void twentyPercentFaultsLoseNothingAndLeakNothing() throws Exception {
        FaultScenario.Figures figures = FaultScenario.run(2_000, SoakSettings.perScenario(), SoakSettings.seed());
        System.out.println(figures.summary());
        assertThat(figures.journalMisses()).as("journal changes the route does not reflect").isEmpty();
        assertThat(figures.sinkView()).as("the route's view vs the emulator's folders").isEqualTo(figures.storeView());
        assertThat(figures.routeFailures()).as("exchanges that failed in the route").isEmpty();
        assertThat(figures.failedExchanges()).isZero();
        assertThat(figures.uncaught()).as("exceptions no one caught").isEmpty();
        assertThat(figures.threadsLeft()).as("threads left after the context stopped").isEmpty();
        if (ResourceProbe.canCountConnections()) {
            assertThat(figures.connectionsLeft()).as("connections left open to the emulator").isZero();
        }
        // Every kind was injected, and the failures that outlived the retries reached the consumer's handler.
        assertThat(figures.injected()).allSatisfy((kind, count) -> assertThat(count).as(kind.name()).isPositive());
        assertThat(figures.deltaExpiries()).isPositive();
        assertThat(figures.injected().get(FaultKind.INTERNAL_ERROR)).isPositive();
        assertThat(figures.pollFailures()).isNotEmpty()
                .allSatisfy((cause, count) -> assertThat(cause).startsWith("Graph"));
        assertThat((double) figures.faultsInjected() / figures.requests()).isBetween(0.1, 0.3);
    }
}
