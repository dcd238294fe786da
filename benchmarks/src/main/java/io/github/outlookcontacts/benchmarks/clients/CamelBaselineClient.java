package io.github.outlookcontacts.benchmarks.clients;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The floor under every Camel client: a Camel context with one timer route into a no-op processor and no Graph at
 * all. It completes when the timer has fired {@link #FIRINGS} times. The usual arguments are accepted and ignored.
 */
public final class CamelBaselineClient {

    static final int FIRINGS = 1000;

    private CamelBaselineClient() {
    }

    public static void main(String[] args) throws Exception {
        long start = ClientReport.start();
        AtomicLong fired = new AtomicLong();
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:baseline?delay=0&period=1&repeatCount=" + FIRINGS)
                        .process(exchange -> fired.incrementAndGet());
            }
        });
        camel.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (fired.get() < FIRINGS && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        ClientReport.finish(fired.get(), FIRINGS, start);
    }
}
