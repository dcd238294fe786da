package io.github.outlookcontacts;

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
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures every event of the given loggers, down to TRACE, during each test, instead of printing them (the loggers
 * are not additive while captured): {@code @RegisterExtension final LogCapture logs = LogCapture.of("a.b");}.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final List<String> loggers;
    private final List<LogEvent> events = new CopyOnWriteArrayList<>();
    private AbstractAppender appender;

    private LogCapture(List<String> loggers) {
        this.loggers = loggers;
    }

    public static LogCapture of(String... loggers) {
        return new LogCapture(List.of(loggers));
    }

    /** The events captured so far in this test, oldest first. */
    public List<LogEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        events.clear();
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        appender = new AbstractAppender("capture-" + context.getUniqueId().hashCode(), null, null, true,
                Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                events.add(event.toImmutable());
            }
        };
        appender.start();
        for (String name : loggers) {
            LoggerConfig logger = new LoggerConfig(name, Level.TRACE, false);
            logger.addAppender(appender, Level.TRACE, null);
            config.addLogger(name, logger);
        }
        logging.updateLoggers();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        loggers.forEach(logging.getConfiguration()::removeLogger);
        logging.updateLoggers();
        appender.stop();
    }
}
