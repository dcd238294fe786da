package io.github.outlookcontacts.camel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the failures a test provokes on purpose out of the build log: while each test runs, log events whose
 * exception (or one of its causes) is of the expected type, with the expected text in its message, are held back;
 * every other event is logged as usual, so an unexpected error still shows. When the test fails, the held-back events
 * are printed after all, stack traces included, to help find out why.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ExpectedErrorLogs EXPECTED = ExpectedErrorLogs.causedBy(IllegalStateException.class, "route refuses");
 * }</pre>
 */
public final class ExpectedErrorLogs implements BeforeEachCallback, AfterEachCallback {

    private final Class<? extends Throwable> type;
    private final String messagePart;
    private final List<Held> held = new CopyOnWriteArrayList<>();
    private final HoldBack filter = new HoldBack();

    private ExpectedErrorLogs(Class<? extends Throwable> type, String messagePart) {
        this.type = type;
        this.messagePart = messagePart;
    }

    /** Holds back events caused by {@code type} whose exception message contains {@code messagePart}. */
    public static ExpectedErrorLogs causedBy(Class<? extends Throwable> type, String messagePart) {
        return new ExpectedErrorLogs(type, messagePart);
    }

    /** Holds back events caused by any {@code type}. */
    public static ExpectedErrorLogs causedBy(Class<? extends Throwable> type) {
        return new ExpectedErrorLogs(type, "");
    }

    /** The events held back during the current test. */
    public List<Held> heldBack() {
        return List.copyOf(held);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        held.clear();
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        logging.getConfiguration().addFilter(filter);
        logging.updateLoggers();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = logging.getConfiguration();
        configuration.removeFilter(filter);
        logging.updateLoggers();
        if (context.getExecutionException().isPresent() && !held.isEmpty()) {
            System.out.println("[" + context.getDisplayName() + " failed; " + held.size()
                               + " log events held back as expected follow]");
            for (Held event : held) {
                System.out.println(event.level() + " " + event.logger() + " - " + event.message());
                if (event.thrown() != null) {
                    event.thrown().printStackTrace(System.out);
                }
            }
        }
    }

    private boolean expected(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t) && String.valueOf(t.getMessage()).contains(messagePart)) {
                return true;
            }
        }
        return false;
    }

    /** An event held back: enough to print it should the test fail. */
    public record Held(Level level, String logger, String message, Throwable thrown) {
    }

    /**
     * A context-wide filter. Log4j consults it before it builds an event, once per logging call, with the message
     * and the exception as the caller passed them (an SLF4J-style trailing exception argument included).
     */
    private final class HoldBack extends AbstractFilter {

        HoldBack() {
            super(Result.DENY, Result.NEUTRAL);
        }

        private Result decide(Logger logger, Level level, Object message, Throwable thrown) {
            if (!expected(thrown)) {
                return Result.NEUTRAL;
            }
            String text = message instanceof Message m ? m.getFormattedMessage() : String.valueOf(message);
            held.add(new Held(level, logger.getName(), text, thrown));
            return Result.DENY;
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, Message msg, Throwable t) {
            return decide(logger, level, msg, t != null ? t : msg == null ? null : msg.getThrowable());
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, Object msg, Throwable t) {
            return decide(logger, level, msg, t);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object... params) {
            Object last = params == null || params.length == 0 ? null : params[params.length - 1];
            return decide(logger, level, new ParameterizedMessage(msg, params),
                    last instanceof Throwable t ? t : null);
        }

        @Override
        public Result filter(LogEvent event) {
            return Result.NEUTRAL; // a context-wide filter is not asked again once the event exists
        }
    }
}
