package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.LogCapture;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected failures are held back, anything else still reaches the appenders. The probe logger writes only to an
 * in-memory appender here, so this test itself prints nothing.
 */
class ExpectedErrorLogsTest {

    private static final String PROBE = "io.github.outlookcontacts.camel.ExpectedErrorLogsTest.probe";

    @RegisterExtension
    static final ExpectedErrorLogs EXPECTED = ExpectedErrorLogs.causedBy(IllegalStateException.class,
            "route refuses");

    @RegisterExtension
    final LogCapture probe = LogCapture.of(PROBE);

    private final Logger log = LoggerFactory.getLogger(PROBE);

    @Test
    void holdsBackOnlyTheExpectedFailures() {
        log.warn("refused on purpose", new IllegalStateException("route refuses c1"));
        log.error("wrapped {}", "c2", new RuntimeException("outer", new IllegalStateException("route refuses c2")));
        log.warn("something else broke", new IllegalStateException("disk full"));
        log.warn("a wrong type", new IllegalArgumentException("route refuses c3"));
        log.warn("no exception at all");

        assertThat(probe.events()).extracting(event -> event.getMessage().getFormattedMessage()).containsExactly("something else broke", "a wrong type", "no exception at all");
        assertThat(EXPECTED.heldBack()).extracting(ExpectedErrorLogs.Held::message)
                .containsExactly("refused on purpose", "wrapped c2");
        assertThat(EXPECTED.heldBack().get(1).level()).isEqualTo(Level.ERROR);
    }
}
