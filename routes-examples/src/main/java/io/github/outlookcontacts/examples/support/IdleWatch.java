package io.github.outlookcontacts.examples.support;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Tells a program when every sync consumer has caught up: a poll that started after a given moment, found no change
 * and routed no exchange that failed. A poll strategy ({@code pollStrategy=#idle}) and an event notifier (for the
 * failed exchanges); only the examples' mains and tests need it, a long-running route does not.
 */
public final class IdleWatch extends EventNotifierSupport implements PollingConsumerPollStrategy {

    private static final int FAILED_POLLS_TO_GIVE_UP = 3;

    private final Map<String, Long> pollStarted = new ConcurrentHashMap<>();
    private final Map<String, Long> idlePollStarted = new ConcurrentHashMap<>();
    private final Map<String, Exception> failedInPoll = new ConcurrentHashMap<>();
    private final Map<String, Integer> failedPollsInARow = new ConcurrentHashMap<>();
    private volatile Exception lastFailure;

    /** Binds this watch as {@code #idle} and registers it for failed exchanges (Camel Main does the latter itself). */
    public IdleWatch install(CamelContext camel) {
        camel.getRegistry().bind("idle", this);
        camel.getManagementStrategy().addEventNotifier(this);
        return this;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeFailedEvent) event).getExchange();
        if (exchange.getFromEndpoint() != null) {
            Exception cause = exchange.getException() != null ? exchange.getException()
                    : new IllegalStateException("exchange " + exchange.getExchangeId() + " failed");
            failedInPoll.put(exchange.getFromEndpoint().getEndpointUri(), cause);
        }
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        pollStarted.put(endpoint.getEndpointUri(), System.nanoTime());
        failedInPoll.remove(endpoint.getEndpointUri());
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        String uri = endpoint.getEndpointUri();
        Exception failure = failedInPoll.remove(uri);
        if (failure != null) {
            failed(uri, failure);
        } else {
            failedPollsInARow.remove(uri);
            if (polledMessages == 0) {
                idlePollStarted.put(uri, pollStarted.get(uri));
            }
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        failed(endpoint.getEndpointUri(), cause);
        return false; // the next scheduled poll retries
    }

    private void failed(String uri, Exception cause) {
        lastFailure = cause;
        failedPollsInARow.merge(uri, 1, Integer::sum);
    }

    /** Now, on the clock {@link #awaitIdle} compares with. */
    public static long now() {
        return System.nanoTime();
    }

    /**
     * Waits until {@code consumers} consumers each had a poll that started after {@code since} and found nothing;
     * gives up when a consumer failed three polls in a row, with the last failure's message.
     */
    public void awaitIdle(long since, int consumers, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (idlePollStarted.values().stream().filter(t -> t - since > 0).count() < consumers) {
            if (failedPollsInARow.values().stream().anyMatch(n -> n >= FAILED_POLLS_TO_GIVE_UP)) {
                throw new IllegalStateException("the route keeps failing (" + FAILED_POLLS_TO_GIVE_UP
                                                + " polls in a row): " + lastFailure.getMessage(), lastFailure);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the sync did not catch up within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** {@link #awaitIdle(long, int, Duration)} for one consumer. */
    public void awaitIdle(long since, Duration timeout) throws InterruptedException {
        awaitIdle(since, 1, timeout);
    }
}
