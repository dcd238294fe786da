package io.github.outlookcontacts.examples.support;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * A poll strategy ({@code pollStrategy=#idle}) that tells a program when every sync consumer has caught up: a poll
 * that started after a given moment and found no change. Only the examples' mains and tests need it; a long-running
 * route does not.
 */
public final class IdleWatch implements PollingConsumerPollStrategy {

    private final Map<String, Long> pollStarted = new ConcurrentHashMap<>();
    private final Map<String, Long> idlePollStarted = new ConcurrentHashMap<>();

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        pollStarted.put(endpoint.getEndpointUri(), System.nanoTime());
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        if (polledMessages == 0) {
            idlePollStarted.put(endpoint.getEndpointUri(), pollStarted.get(endpoint.getEndpointUri()));
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        return false; // the next scheduled poll retries
    }

    /** Now, on the clock {@link #awaitIdle} compares with. */
    public static long now() {
        return System.nanoTime();
    }

    /** Waits until {@code consumers} consumers each had a poll that started after {@code since} and found nothing. */
    public void awaitIdle(long since, int consumers, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (idlePollStarted.values().stream().filter(t -> t - since > 0).count() < consumers) {
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
