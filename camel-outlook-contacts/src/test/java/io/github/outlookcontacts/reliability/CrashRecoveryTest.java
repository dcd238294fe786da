package io.github.outlookcontacts.reliability;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a consumer with a durable state repository, at random points, ten times: the file sink it fed ends equal
 * to the emulator's folders and reflects every change of the emulator's journal. Long mode: {@code -Dsoak.minutes}.
 */
class CrashRecoveryTest {

    @Test
    void aConsumerKilledTenTimesLosesNothing(@TempDir Path dir) throws Exception {
        CrashScenario.Figures figures = CrashScenario.run(dir, 10, SoakSettings.perScenario(), SoakSettings.seed());
        System.out.println(figures.summary());
        assertThat(figures.kills()).isGreaterThanOrEqualTo(10);
        assertThat(figures.journalMisses()).as("journal changes the sink does not reflect").isEmpty();
        assertThat(figures.sinkView()).as("the sink applied in order vs the emulator's folders")
                .isEqualTo(figures.storeView());
        assertThat(figures.delivered()).isGreaterThan(figures.storeView().size());
    }
}
