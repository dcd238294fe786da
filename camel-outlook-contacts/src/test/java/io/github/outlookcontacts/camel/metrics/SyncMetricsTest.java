package io.github.outlookcontacts.camel.metrics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.ExpectedErrorLogs;
import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's Micrometer meters and health details against the emulator with injected faults: the counters count
 * exactly what the emulator saw and what the route confirmed.
 */
class SyncMetricsTest {

    @RegisterExtension
    static final ExpectedErrorLogs REFUSED = ExpectedErrorLogs.causedBy(IllegalStateException.class, "refused once");
    @RegisterExtension
    static final ExpectedErrorLogs UNAVAILABLE = ExpectedErrorLogs.causedBy(GraphException.class);

    private static final String USER = Principal.DEFAULT_USER;
    private static final Instant EXPIRY = Instant.parse("2031-05-04T03:02:01Z");
    private static final String CHECK = "outlook-contacts-consumer-sync";

    private GraphEmulator emulator;
    private ContactStore store;
    private CamelContext camel;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> routed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private volatile String refuseOnce;

    @BeforeEach
    void startEmulator() {
        emulator = GraphEmulator.builder().port(0).build().start();
        store = emulator.store();
        store.mailbox(USER);
    }

    @AfterEach
    void stopAll() throws Exception {
        if (camel != null) {
            camel.stop();
        }
        emulator.close();
    }

    @Test
    void countsChangesRequestsThrottlingRetriesAndResyncs() throws Exception {
        String clients = store.ensureFolderPath(USER, "Clients");
        List<ContactEntry> three = List.of(create(clients, "a"), create(clients, "b"), create(clients, "c"));
        emulator.faults().retryAfterSeconds(0).onlyPathsContaining("/delta").failNext(2, FaultKind.THROTTLED);
        start("folder=Clients");
        awaitCount("created", 3);

        store.updateContact(USER, three.get(0).id(), "{\"jobTitle\":\"Boss\"}");
        store.deleteContact(USER, three.get(1).id());
        awaitCount("updated", 1);
        awaitCount("deleted", 1);
        int before = routed.size();

        emulator.faults().expireDeltaTokensNow(); // the next incremental read gets 410: a resync
        Awaitility.await().until(() -> counter("outlook.contacts.resyncs", Map.of()) == 1);
        Awaitility.await().until(() -> timer("outlook.contacts.round").count() >= 3);
        camel.stop();

        assertThat(changes("created")).isEqualTo(3);
        assertThat(changes("updated")).isEqualTo(1);
        assertThat(changes("deleted")).isEqualTo(1);
        assertThat(changes("redelivered")).isZero();
        assertThat(routed).hasSize(before); // the resync found nothing new to emit
        long throttled = emulator.faults().injected(FaultKind.THROTTLED) + emulator.throttling().throttledRequests();
        assertThat(throttled).isEqualTo(2);
        assertThat(counter("outlook.contacts.throttled", Map.of("mailbox", "me"))).isEqualTo(throttled);
        assertThat(counter("outlook.contacts.retries", Map.of("mailbox", "me"))).isEqualTo(2);
        assertThat(counter("outlook.contacts.requests", Map.of("status", "429"))).isEqualTo(2);
        assertThat(counter("outlook.contacts.requests", Map.of("status", "410"))).isEqualTo(1);
    }

    @Test
    void countsTheChangesARefusingRouteGetsAgain() throws Exception {
        String clients = store.ensureFolderPath(USER, "Clients");
        create(clients, "a");
        refuseOnce = create(clients, "b").id();
        create(clients, "c");
        start("folder=Clients");
        awaitCount("created", 3);
        camel.stop();
        // a was confirmed before b failed; b and c were handed out, given up, and delivered again
        assertThat(changes("redelivered")).isEqualTo(2);
        assertThat(changes("created")).isEqualTo(3);
        assertThat(routed).hasSize(4);
        // no $batch sub-requests here, so the emulator's count is the number of HTTP requests
        assertThat(counter("outlook.contacts.requests", Map.of()))
                .isEqualTo(emulator.throttling().totalRequests()).isPositive();
        assertThat(timer("outlook.contacts.request").count()).isEqualTo(emulator.throttling().totalRequests());
    }

    @Test
    void healthTellsTheGraphStatusTheLagAndTheTokensExpiry() throws Exception {
        String clients = store.ensureFolderPath(USER, "Clients");
        create(clients, "a");
        start("folder=Clients");
        awaitCount("created", 1);
        Awaitility.await().until(() -> check().getState() == HealthCheck.State.UP
                                       && check().getDetails().containsKey("last.complete.round"));
        Map<String, Object> up = check().getDetails();
        assertThat(up).containsEntry("graph.status", 200).containsEntry("mailbox", "me")
                .containsEntry("folder", "Clients").containsEntry("token.expiry", EXPIRY.toString())
                .containsKeys("last.success", "lag.millis", "token.expires.in.seconds");

        emulator.faults().failNext(1000, FaultKind.SERVICE_UNAVAILABLE);
        Awaitility.await().until(() -> check().getState() == HealthCheck.State.DOWN);
        assertThat(check().getDetails()).containsEntry("graph.status", 503)
                .containsEntry("token.expiry", EXPIRY.toString());
    }

    private void start(String options) throws Exception {
        camel = new DefaultCamelContext();
        camel.getRegistry().bind(MicrometerMeters.METRICS_REGISTRY, meters);
        String uri = "outlook-contacts:sync?baseUrl=" + emulator.baseUrl() + "&accessToken=" + jwt(EXPIRY)
                     + "&initialDelay=0&delay=50&maxRetries=2&maxRetryDelay=1&" + options;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("sync").process(exchange -> {
                    String id = exchange.getIn().getHeader(OutlookContactsConstants.CONTACT_ID, String.class);
                    routed.add(id);
                    if (id.equals(refuseOnce)) {
                        refuseOnce = null;
                        throw new IllegalStateException("refused once");
                    }
                });
            }
        });
        camel.start();
    }

    private ContactEntry create(String folderId, String name) {
        return store.createContact(USER, folderId, "{\"givenName\":\"" + name + "\"}");
    }

    private HealthCheck.Result check() {
        return HealthCheckHelper.invokeReadiness(camel).stream()
                .filter(r -> CHECK.equals(r.getDetails().get(HealthCheck.CHECK_ID))).findFirst().orElseThrow();
    }

    private void awaitCount(String type, long count) {
        Awaitility.await().until(() -> changes(type) == count);
    }

    private long changes(String type) {
        return counter("outlook.contacts.changes", Map.of("type", type, "mailbox", "me", "folder", "Clients"));
    }

    private long counter(String name, Map<String, String> tags) {
        return (long) meters.find(name).tags(tags.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new))
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    private Timer timer(String name) {
        return meters.find(name).timers().stream().findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + name + " in " + meters.getMeters().stream()
                        .map(Meter::getId).toList()));
    }

    private static String jwt(Instant expiry) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
               + b64.encodeToString(("{\"exp\":" + expiry.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8))
               + ".sig";
    }
}
