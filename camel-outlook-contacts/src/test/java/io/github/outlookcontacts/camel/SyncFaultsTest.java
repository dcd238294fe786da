package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import io.github.outlookcontacts.emulator.faults.FaultKind;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Throttling, 5xx and broken connections: the consumer slows down but never loses or skips a page. */
class SyncFaultsTest extends SyncEmulatorSupport {

    /** Keeps the failures logged while Graph failures are injected on purpose out of the build log. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final ExpectedErrorLogs EXPECTED_ERRORS = ExpectedErrorLogs.causedBy(io.github.outlookcontacts.graph.GraphException.class);

    @Test
    void withTwentyPercentFaultsTheRouteEndsWithExactlyTheEmulatorsState() throws Exception {
        String clients = folder("Clients");
        List<String> live = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            live.add(create(clients, "c" + i).id());
        }
        emulator.faults().seed(42).rate(0.2).retryAfterSeconds(1).errors(FaultKind.THROTTLED,
                FaultKind.THROTTLED_NO_RETRY_AFTER, FaultKind.SERVICE_UNAVAILABLE,
                FaultKind.SERVICE_UNAVAILABLE_NO_RETRY_AFTER, FaultKind.GATEWAY_TIMEOUT, FaultKind.DROP_CONNECTION,
                FaultKind.TRUNCATED_BODY);
        startCamel(syncUri("folder=Clients&pageSize=2&maxRetryDelay=300&maxRetries=3"));

        Random random = new Random(5);
        for (int step = 0; step < 60; step++) {
            switch (random.nextInt(3)) {
                case 0 -> live.add(create(clients, "n" + step).id());
                case 1 -> update(live.get(random.nextInt(live.size())), "t" + step);
                default -> store.deleteContact(USER, live.remove(random.nextInt(live.size())));
            }
            Thread.sleep(20);
        }
        await(() -> routeView(clients).equals(storeView(clients)), Duration.ofSeconds(90),
                () -> "route " + routeView(clients).size() + " vs store " + storeView(clients).size());
        awaitQuiet();
        assertThat(routeView(clients)).isEqualTo(storeView(clients));
        assertThat(emulator.faults().injectedTotal()).isGreaterThanOrEqualTo(8);
        assertThat(emulator.faults().injected(FaultKind.TRUNCATED_BODY)
                   + emulator.faults().injected(FaultKind.DROP_CONNECTION)).isPositive();
        assertThat(emulator.faults().injected(FaultKind.THROTTLED)
                   + emulator.faults().injected(FaultKind.THROTTLED_NO_RETRY_AFTER)).isPositive();
    }

    @Test
    void readinessIsDownWithTheHttpStatusWhileGraphKeepsFailingAndUpAgainAfterwards() throws Exception {
        String clients = folder("Clients");
        create(clients, "a");
        emulator.faults().rate(1.0).retryAfterSeconds(0).errors(FaultKind.SERVICE_UNAVAILABLE);
        startCamel(syncUri("folder=Clients&maxRetries=1&maxRetryDelay=50&delay=100"));
        await(() -> readiness().stream().anyMatch(r -> r.getState() == HealthCheck.State.DOWN
                                                       && r.getDetails().get(HealthCheck.HTTP_RESPONSE_CODE) != null),
                Duration.ofSeconds(20), () -> "readiness " + describe(readiness()));
        HealthCheck.Result down = readiness().stream().filter(r -> r.getState() == HealthCheck.State.DOWN)
                .findFirst().orElseThrow();
        assertThat(down.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 503);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("503"));
        assertThat(events()).isEmpty();

        emulator.faults().rate(0);
        awaitRouteMatchesStore(clients);
        await(() -> readiness().stream().allMatch(r -> r.getState() == HealthCheck.State.UP), Duration.ofSeconds(20),
                () -> "readiness " + describe(readiness()));
    }

    private Collection<HealthCheck.Result> readiness() {
        return HealthCheckHelper.invokeReadiness(camel);
    }

    private static String describe(Collection<HealthCheck.Result> results) {
        StringBuilder sb = new StringBuilder();
        results.forEach(r -> sb.append(r.getCheck().getId()).append('=').append(r.getState()).append(' ')
                .append(r.getDetails()).append("; "));
        return sb.toString();
    }
}
