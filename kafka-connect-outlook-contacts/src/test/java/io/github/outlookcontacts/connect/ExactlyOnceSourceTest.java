package io.github.outlookcontacts.connect;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source connector on workers with {@code exactly.once.source.support=enabled}: each poll (one page and the
 * offset after it) is one transaction, so a worker killed in the middle of a round leaves no page twice in what a
 * {@code read_committed} consumer sees: its open transaction is aborted when its successor's producer fences it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactlyOnceSourceTest {

    private ConnectTestCluster cluster;

    @BeforeAll
    void start() {
        cluster = ConnectTestCluster.start("outlook-contacts-eos", 1, true);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void workersKilledInTheMiddleOfARoundWriteNoPageTwice() throws Exception {
        WorkerKillScenario.Outcome outcome = new WorkerKillScenario(cluster, "contacts-eos").run();
        assertThat(outcome.duplicates()).isZero();
    }
}
