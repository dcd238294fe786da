package io.github.outlookcontacts.camel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger log = LoggerFactory.getLogger(PROBE);
    private AbstractAppender capture;

    @BeforeEach
    void captureTheProbeLogger() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        capture = new AbstractAppender("probe-capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                logged.add(event.getMessage().getFormattedMessage());
            }
        };
        capture.start();
        LoggerConfig probe = new LoggerConfig(PROBE, Level.ALL, false);
        probe.addAppender(capture, null, null);
        config.addLogger(PROBE, probe);
        context.updateLoggers();
    }

    @AfterEach
    void removeTheProbeLogger() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().removeLogger(PROBE);
        context.updateLoggers();
        capture.stop();
    }

    @Test
    void holdsBackOnlyTheExpectedFailures() {
        log.warn("refused on purpose", new IllegalStateException("route refuses c1"));
        log.error("wrapped {}", "c2", new RuntimeException("outer", new IllegalStateException("route refuses c2")));
        log.warn("something else broke", new IllegalStateException("disk full"));
        log.warn("a wrong type", new IllegalArgumentException("route refuses c3"));
        log.warn("no exception at all");

        assertThat(logged).containsExactly("something else broke", "a wrong type", "no exception at all");
        assertThat(EXPECTED.heldBack()).extracting(ExpectedErrorLogs.Held::message)
                .containsExactly("refused on purpose", "wrapped c2");
        assertThat(EXPECTED.heldBack().get(1).level()).isEqualTo(Level.ERROR);
    }
}
