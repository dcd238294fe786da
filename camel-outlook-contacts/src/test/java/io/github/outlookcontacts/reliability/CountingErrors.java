package io.github.outlookcontacts.reliability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.github.outlookcontacts.graph.GraphException;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Where a consumer's errors go, counted instead of logged (the scenarios inject thousands on purpose): the consumer's
 * exception handler (failed polls, failed exchanges), a quiet poll strategy, exchange-failed events and exceptions
 * no one caught on any thread.
 */
final class CountingErrors implements ExceptionHandler, PollingConsumerPollStrategy {

    private final Map<String, AtomicLong> pollFailuresByCause = new ConcurrentHashMap<>();
    private final List<String> routeFailures = new CopyOnWriteArrayList<>();
    private final List<String> uncaught = new CopyOnWriteArrayList<>();
    private final AtomicLong failedExchanges = new AtomicLong();
    private Thread.UncaughtExceptionHandler previous;

    /** Counts exchanges that end with an exception, wherever they were routed. */
    final EventNotifierSupport failedExchangeEvents = new EventNotifierSupport() {
        @Override
        public void notify(CamelEvent event) {
            if (event instanceof CamelEvent.ExchangeFailedEvent) {
                failedExchanges.incrementAndGet();
            }
        }
    };

    void watchUncaught() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(thread.getName() + ": " + e));
    }

    void stopWatchingUncaught() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (exchange != null) {
            routeFailures.add(message + ": " + exception);
        } else {
            pollFailuresByCause.computeIfAbsent(graphCause(exception), k -> new AtomicLong()).incrementAndGet();
        }
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        // nothing to count
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        return false; // no immediate retry: the failure goes to the exception handler, the next poll tries again
    }

    /** The Graph error behind a failure (its class name), or the failure's own class when there is none. */
    private static String graphCause(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof GraphException) {
                return t.getClass().getSimpleName();
            }
        }
        return "not a Graph error: " + exception;
    }

    /** Failed polls handed to the consumer's exception handler, by the class of the Graph error behind them. */
    Map<String, Long> pollFailures() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        pollFailuresByCause.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    long pollFailureCount() {
        return pollFailures().values().stream().mapToLong(Long::longValue).sum();
    }

    List<String> routeFailures() {
        return List.copyOf(routeFailures);
    }

    List<String> uncaught() {
        return List.copyOf(uncaught);
    }

    long failedExchanges() {
        return failedExchanges.get();
    }
}
