package io.github.outlookcontacts.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.faults.FaultPlan;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactStore;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A consumer in this JVM syncs folder tree {@code Synced} while {@link ContactChurn} changes it and the emulator
 * fails 20 % of the requests (every kind of Graph error and broken connection) and expires the delta links now and
 * then; once the churn stops (faults still on), the route's view must equal the emulator's. Counts where every error
 * went, and the threads and connections before and after.
 */
final class FaultScenario {

    static final String USER = Principal.DEFAULT_USER;
    static final double FAULT_RATE = 0.2;
    private static final FaultKind[] KINDS = { FaultKind.THROTTLED, FaultKind.THROTTLED_NO_RETRY_AFTER,
            FaultKind.INTERNAL_ERROR, FaultKind.BAD_GATEWAY, FaultKind.SERVICE_UNAVAILABLE,
            FaultKind.SERVICE_UNAVAILABLE_NO_RETRY_AFTER, FaultKind.GATEWAY_TIMEOUT, FaultKind.DROP_CONNECTION,
            FaultKind.TRUNCATED_BODY };

    /** What one run did and found. */
    record Figures(long seed, long changes, String changeMix, int delivered, int redelivered,
            Map<FaultKind, Long> injected, long deltaExpiries, long requests, Map<String, Long> pollFailures,
            List<String> routeFailures, long failedExchanges, List<String> uncaught, Set<String> threadsLeft,
            int peakConnections, int connectionsLeft, List<String> journalMisses, Map<String, String> sinkView,
            Map<String, String> storeView, long millis) {

        boolean equal() {
            return sinkView.equals(storeView);
        }

        long faultsInjected() {
            return injected.values().stream().mapToLong(Long::longValue).sum() + deltaExpiries;
        }

        String summary() {
            return String.format("faults: seed=%d changes=%d (%s) delivered=%d redelivered=%d requests=%d"
                                 + " faultsInjected=%d %s forced410=%d pollFailuresHandled=%s routeFailures=%d"
                                 + " failedExchanges=%d uncaught=%d threadsLeft=%s connections peak=%d left=%d"
                                 + " missed=%d contacts=%d finalEqual=%s in %d s", seed, changes, changeMix,
                    delivered, redelivered, requests, faultsInjected(), injected, deltaExpiries, pollFailures,
                    routeFailures.size(), failedExchanges, uncaught.size(), threadsLeft, peakConnections,
                    connectionsLeft, journalMisses.size(), storeView.size(), equal(), millis / 1000);
        }
    }

    private FaultScenario() {
    }

    static Figures run(long minChanges, Duration minDuration, long seed) throws Exception {
        long start = System.nanoTime();
        try (GraphEmulator emulator = GraphEmulator.builder().port(0)
                .requestBudget(10_000_000, Duration.ofMinutes(10)).build().start()) {
            ContactStore store = emulator.store();
            store.mailbox(USER);
            String root = store.ensureFolderPath(USER, "Synced");
            String sub = store.ensureFolderPath(USER, "Synced/Sub");
            String outside = store.ensureFolderPath(USER, "Outside");
            Set<String> synced = Set.of(root, sub);
            ContactChurn churn = new ContactChurn(store, USER, List.of(root, sub), outside, seed);
            for (int i = 0; i < 100; i++) {
                churn.create(i % 2 == 0 ? root : sub);
            }

            Set<String> threadsBefore = ResourceProbe.threads();
            CountingErrors errors = new CountingErrors();
            errors.watchUncaught();
            List<SinkLine> lines = Collections.synchronizedList(new ArrayList<>());
            CamelContext camel = new DefaultCamelContext();
            camel.getManagementStrategy().addEventNotifier(errors.failedExchangeEvents);
            camel.getRegistry().bind("countingErrors", errors);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("outlook-contacts:sync?baseUrl=" + emulator.baseUrl() + "&accessToken=fault-test"
                         + "&folder=Synced&includeSubfolders=true&pageSize=50&initialDelay=0&delay=20"
                         + "&maxRetries=3&maxRetryDelay=200&exceptionHandler=#countingErrors"
                         + "&pollStrategy=#countingErrors")
                            .routeId("faults").process(exchange -> lines.add(SinkLine.of(exchange.getIn())));
                }
            });
            FaultPlan faults = emulator.faults().seed(seed).rate(FAULT_RATE).errors(KINDS).retryAfterSeconds(1)
                    .expireDeltaTokensEvery(40);
            camel.start();

            int peak = 0;
            long until = System.nanoTime() + minDuration.toNanos();
            try (BackgroundChurn running = new BackgroundChurn(churn, 4)) {
                while (churn.changes() < minChanges || System.nanoTime() < until) {
                    peak = Math.max(peak, ResourceProbe.openConnectionsTo(emulator.port()));
                    Thread.sleep(50);
                }
            }
            BooleanSupplier equal = () -> new Ledger(lines).view().equals(Ledger.storeView(store, USER, synced));
            awaitStable(equal, Duration.ofSeconds(60));
            peak = Math.max(peak, ResourceProbe.openConnectionsTo(emulator.port()));
            camel.stop();

            awaitStable(() -> leftThreads(threadsBefore).isEmpty() && connectionsLeft(emulator) == 0,
                    Duration.ofSeconds(10));
            errors.stopWatchingUncaught();
            Map<FaultKind, Long> injected = new EnumMap<>(FaultKind.class);
            for (FaultKind kind : KINDS) {
                injected.put(kind, faults.injected(kind));
            }
            Ledger ledger = new Ledger(lines);
            return new Figures(seed, churn.changes(), churn.describe(), ledger.size(), ledger.redelivered(),
                    injected, faults.deltaTokenExpiries(), emulator.throttling().totalRequests(),
                    errors.pollFailures(), errors.routeFailures(), errors.failedExchanges(), errors.uncaught(),
                    leftThreads(threadsBefore), peak, connectionsLeft(emulator),
                    ledger.journalMisses(store.journal().entries(), USER, synced), ledger.view(),
                    Ledger.storeView(store, USER, synced), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    private static Set<String> leftThreads(Set<String> before) {
        Set<String> now = new TreeSet<>(ResourceProbe.threads());
        now.removeAll(before);
        return now;
    }

    private static int connectionsLeft(GraphEmulator emulator) {
        try {
            return ResourceProbe.openConnectionsTo(emulator.port());
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Waits until {@code condition} has held for about a second, or the timeout passes. */
    private static void awaitStable(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int held = 0;
        while (held < 10 && System.nanoTime() < deadline) {
            held = condition.getAsBoolean() ? held + 1 : 0;
            Thread.sleep(100);
        }
    }
}
