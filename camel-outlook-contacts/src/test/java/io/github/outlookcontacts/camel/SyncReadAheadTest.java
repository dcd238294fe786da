package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer reads the next delta page while the route handles the page before it, on a thread of its own, and a
 * stop gives that read up cleanly: no response left open at Graph, no thread left running.
 */
class SyncReadAheadTest extends SyncEmulatorSupport {

    private static final String READ_AHEAD_THREAD = "OutlookContactsReadAhead";

    private long deltaRequests() {
        return emulator.throttling().requestCount("GET", "/delta");
    }

    @Test
    void theNextPageIsRequestedWhileThePageBeforeIsRouted() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 15; i++) {
            create(clients, "c" + i);
        }
        AtomicInteger routed = new AtomicInteger();
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(syncUri("folder=Clients&pageSize=5")).routeId("sync").process(e -> {
                    if (routed.incrementAndGet() == 5) {
                        // Still inside the first page: the second one has been asked for all the same.
                        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> deltaRequests() >= 2);
                    }
                }).process(recorder());
            }
        });
        camel.start();
        awaitRouteMatchesStore(clients);
        assertThat(events()).extracting(e -> e.body().getGivenName()).containsExactly("c0", "c1", "c2", "c3", "c4",
                "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14");
    }

    @Test
    void aStopDuringAReadAheadLeavesNoOpenResponseAndNoThread() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 10; i++) {
            create(clients, "c" + i);
        }
        emulator.faults().latency(Duration.ofMillis(1500)).onlyPathsContaining("/delta");
        CountDownLatch readingAhead = new CountDownLatch(1);
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(syncUri("folder=Clients&pageSize=5")).routeId("sync").process(e -> {
                    if (readingAhead.getCount() > 0) {
                        // The second page is being read (held by the latency) while this one is routed.
                        Awaitility.await().atMost(Duration.ofSeconds(10))
                                .until(() -> deltaRequests() >= 2 && emulator.openResponses().delta() == 1);
                        readingAhead.countDown();
                    }
                }).process(recorder());
            }
        });
        camel.start();
        assertThat(readingAhead.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(readAheadThreads()).isPositive();

        camel.getRouteController().stopRoute("sync", 20, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> emulator.openResponses().all() == 0);
        assertThat(readAheadThreads()).as("read-ahead threads after the stop").isZero();

        // Nothing is lost: after a restart the round is read again from what was committed.
        emulator.faults().latency(Duration.ZERO);
        camel.getRouteController().startRoute("sync");
        awaitRouteMatchesStore(clients);
        assertThat(events()).extracting(e -> e.body().getGivenName()).contains("c0", "c1", "c2", "c3", "c4", "c5",
                "c6", "c7", "c8", "c9");
    }

    private static long readAheadThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().contains(READ_AHEAD_THREAD)).count();
    }
}
