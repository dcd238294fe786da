package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.Optional;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's readiness check: what it reports after a round, and Camel's switch to turn it off. */
class SyncHealthCheckTest extends SyncEmulatorSupport {

    private static final String CHECK = "outlook-contacts-consumer-sync";

    @Test
    void afterACompleteRoundItIsUpAndTellsWhenTheRoundEnded() throws Exception {
        String clients = folder("Clients");
        create(clients, "a");
        startCamel(syncUri("folder=Clients"));
        awaitRouteMatchesStore(clients);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> check().map(r -> r.getState()
                == HealthCheck.State.UP && r.getDetails().containsKey("last.complete.round")).orElse(false));
        HealthCheck.Result up = check().orElseThrow();
        HealthCheck own = ((OutlookContactsConsumer) camel.getRoute("sync").getConsumer()).getHealthCheck();
        assertThat(own).isInstanceOf(AbstractHealthCheck.class);
        assertThat(own.isReadiness()).isTrue();
        assertThat(own.isLiveness()).isFalse();
        assertThat((Long) up.getDetails().get("lag.millis")).isNotNegative();
    }

    @Test
    void theComponentsConsumerHealthCheckSwitchTurnsItOff() throws Exception {
        String clients = folder("Clients");
        create(clients, "a");
        startCamel(syncUri("folder=Clients"), ctx -> ctx.getComponent("outlook-contacts",
                OutlookContactsComponent.class).setHealthCheckConsumerEnabled(false));
        awaitRouteMatchesStore(clients);
        assertThat(((OutlookContactsConsumer) camel.getRoute("sync").getConsumer()).getHealthCheck().isEnabled())
                .isFalse();
        assertThat(check()).hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UNKNOWN));
    }

    private Optional<HealthCheck.Result> check() {
        // The consumers' repository wraps the check; its own id is in the details.
        return HealthCheckHelper.invokeReadiness(camel).stream()
                .filter(r -> CHECK.equals(r.getDetails().get(HealthCheck.CHECK_ID))).findFirst();
    }
}
