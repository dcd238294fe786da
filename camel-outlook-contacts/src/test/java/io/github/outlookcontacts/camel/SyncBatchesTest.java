package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.outlookcontacts.graph.GraphPaths;
import io.github.outlookcontacts.sync.SyncCursor;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each delta page is one Camel batch, committed from its exchanges' completions, strictly in page order. */
class SyncBatchesTest extends SyncEmulatorSupport {

    private final MemoryStateRepository state = new MemoryStateRepository();
    private final List<String> batches = new CopyOnWriteArrayList<>();
    private final List<Integer> polled = new CopyOnWriteArrayList<>();

    @Test
    void everyPageIsABatchWithIndexSizeAndComplete() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 7; i++) {
            create(clients, "c" + i);
        }
        startRoute("folder=Clients&pageSize=3");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> batches.size() == 7);
        assertThat(batches).containsExactly("0/3", "1/3", "2/3 complete", "0/3", "1/3", "2/3 complete",
                "0/1 complete");
    }

    @Test
    void maxMessagesPerPollEndsAPollAtAPageBoundaryAndTheNextPollGoesOn() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 10; i++) {
            create(clients, "c" + i);
        }
        startRoute("folder=Clients&pageSize=3&maxMessagesPerPoll=4&pollStrategy=#countPolls");
        awaitRouteMatchesStore(clients);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> polled.size() >= 3);
        // 4 reached inside the second page: the poll ends after it; the next one reads the rest of the round.
        assertThat(polled.subList(0, 3)).containsExactly(6, 4, 0);
        assertThat(events()).hasSize(10);
        assertThat(cursor(clients).phase()).isEqualTo(SyncCursor.Phase.INCREMENTAL);
    }

    @Test
    void aFailureInAPageLeavesTheCursorBeforeItAndCommitsNoLaterPage() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 9; i++) {
            create(clients, "c" + i);
        }
        AtomicBoolean refuse = new AtomicBoolean(true);
        // The second exchange of the second page fails as long as refuse is set.
        failing = e -> refuse.get() && "c4".equals(e.body().getGivenName());
        startRoute("folder=Clients&pageSize=3");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> failedAttempts.size() >= 3);
        assertThat(events()).extracting(e -> e.body().getGivenName()).containsExactly("c0", "c1", "c2", "c3");
        SyncCursor stuck = cursor(clients);
        assertThat(stuck.segments()).as("only the first page is committed").isEqualTo(1);
        assertThat(stuck.link()).isNotNull();
        assertThat(stuck.phase()).isEqualTo(SyncCursor.Phase.INITIAL);

        refuse.set(false);
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        assertThat(events()).extracting(e -> e.body().getGivenName()).containsExactly("c0", "c1", "c2", "c3", "c4",
                "c5", "c6", "c7", "c8");
        assertThat(cursor(clients).phase()).isEqualTo(SyncCursor.Phase.INCREMENTAL);
    }

    @Test
    void aRollbackOnlyExchangeIsDeliveredAgain() throws Exception {
        String clients = folder("Clients");
        create(clients, "c0");
        create(clients, "c1");
        AtomicBoolean once = new AtomicBoolean(true);
        List<String> seen = new CopyOnWriteArrayList<>();
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("state", state);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(syncUri("folder=Clients&stateRepository=#state")).routeId("sync")
                        .process(e -> seen.add(e.getIn().getHeader(OutlookContactsConstants.CONTACT_ID,
                                String.class)))
                        .filter(e -> once.getAndSet(false)).markRollbackOnly().end();
            }
        });
        NotifyBuilder three = new NotifyBuilder(camel).fromRoute("sync").whenDone(3).create();
        camel.start();
        assertThat(three.matches(20, TimeUnit.SECONDS)).isTrue();
        awaitQuiet();
        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).isEqualTo(seen.get(1)).isNotEqualTo(seen.get(2));
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> cursor(clients).phase() == SyncCursor.Phase.INCREMENTAL);
    }

    private void startRoute(String options) throws Exception {
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("state", state);
        camel.getRegistry().bind("countPolls", new CountingPollStrategy());
        camel.getRegistry().bind("quiet", new QuietExceptionHandler());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler()); // the failures here are on purpose: keep them out of the log
                from(syncUri(options + "&stateRepository=#state&exceptionHandler=#quiet")).routeId("sync")
                        .process(recorder());
            }
        });
        camel.start();
    }

    /** Swallows the consumer's reports of exchanges that failed on purpose. */
    private static final class QuietExceptionHandler implements ExceptionHandler {
        @Override
        public void handleException(Throwable exception) {
        }

        @Override
        public void handleException(String message, Throwable exception) {
        }

        @Override
        public void handleException(String message, org.apache.camel.Exchange exchange, Throwable exception) {
        }
    }

    private SyncCursor cursor(String folderId) {
        String key = "outlook-contacts/me/" + GraphPaths.queryValue(folderId) + "/cursor";
        return SyncCursor.decode(state.getState(key), key);
    }

    /** Counts what each poll routed. */
    private final class CountingPollStrategy implements PollingConsumerPollStrategy {
        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            polled.add(polledMessages);
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            return false;
        }
    }

    @Override
    protected org.apache.camel.Processor recorder() {
        org.apache.camel.Processor events = super.recorder();
        return exchange -> {
            batches.add(exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class) + "/"
                        + exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class)
                        + (exchange.getProperty(ExchangePropertyKey.BATCH_COMPLETE, false, Boolean.class)
                                ? " complete" : ""));
            events.process(exchange);
        };
    }
}
