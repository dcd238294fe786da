package io.github.outlookcontacts.examples.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/** Counts the redeliveries Camel's error handler made: proof that it, and not a later poll, retried a failure. */
public final class RedeliveryCounter extends EventNotifierSupport {

    private final AtomicInteger redeliveries = new AtomicInteger();

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof CamelEvent.ExchangeRedeliveryEvent) {
            redeliveries.incrementAndGet();
        }
    }

    public int redeliveries() {
        return redeliveries.get();
    }
}
