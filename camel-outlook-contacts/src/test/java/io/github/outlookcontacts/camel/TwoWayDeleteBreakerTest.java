package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * maxDeletesPerRound on the consumer: 80 % of a folder deleted at the emulator with a 10 % limit emits nothing,
 * keeps the cursor and turns the health check DOWN with the reason; after confirmDeletes() the deletes flow, and the
 * next round is guarded again. Deletes within the limit flow without any confirmation.
 */
class TwoWayDeleteBreakerTest extends SyncEmulatorSupport {

    private static final String CHECK = "outlook-contacts-consumer-sync";

    private List<ContactEntry> seed(String folderId, int n) {
        List<ContactEntry> created = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            created.add(create(folderId, "p" + i));
        }
        return created;
    }

    private long deletedEvents() {
        return events().stream().filter(e -> e.type().equals("deleted")).count();
    }

    private OutlookContactsConsumer consumer() {
        return (OutlookContactsConsumer) camel.getRoute("sync").getConsumer();
    }

    private Optional<HealthCheck.Result> check() {
        return HealthCheckHelper.invokeReadiness(camel).stream()
                .filter(r -> CHECK.equals(r.getDetails().get(HealthCheck.CHECK_ID))).findFirst();
    }

    @Test
    void eightyPercentDeletedWithATenPercentLimitWaitsForTheOperator() throws Exception {
        String clients = folder("Clients");
        List<ContactEntry> contacts = seed(clients, 50);
        startCamel(syncUri("folder=Clients&maxDeletesPerRound=10%"));
        awaitRouteMatchesStore(clients);

        for (ContactEntry c : contacts.subList(0, 40)) {
            store.deleteContact(USER, c.id());
        }
        await(() -> consumer().isDeleteBreakerOpen(), Duration.ofSeconds(10), () -> "breaker open");
        awaitQuiet();
        assertThat(deletedEvents()).as("nothing emitted").isZero();
        assertThat(consumer().getDeleteBreakerReason()).contains("maxDeletesPerRound=10% of 50 contacts",
                "more than 5 deletes", "confirmDeletes");
        await(() -> check().map(r -> r.getState() == HealthCheck.State.DOWN).orElse(false), Duration.ofSeconds(10),
                () -> "health DOWN: " + check());
        assertThat(check().orElseThrow().getMessage()).hasValueSatisfying(m -> assertThat(m)
                .contains("maxDeletesPerRound=10%"));

        // the cursor was kept: a restart (with the same limit, in-memory state aside) would stop at the same place;
        // the operator confirms instead
        consumer().confirmDeletes();
        awaitRouteMatchesStore(clients);
        assertThat(deletedEvents()).isEqualTo(40);
        await(() -> check().map(r -> r.getState() == HealthCheck.State.UP).orElse(false), Duration.ofSeconds(10),
                () -> "health UP again: " + check());

        // the next round is guarded again: 10 % of the 10 left is 1
        store.deleteContact(USER, contacts.get(40).id());
        store.deleteContact(USER, contacts.get(41).id());
        await(() -> consumer().isDeleteBreakerOpen(), Duration.ofSeconds(10), () -> "breaker open again");
        assertThat(deletedEvents()).isEqualTo(40);
    }

    @Test
    void deletesWithinTheLimitFlow() throws Exception {
        String clients = folder("Clients");
        List<ContactEntry> contacts = seed(clients, 20);
        startCamel(syncUri("folder=Clients&maxDeletesPerRound=3"));
        awaitRouteMatchesStore(clients);
        for (ContactEntry c : contacts.subList(0, 3)) {
            store.deleteContact(USER, c.id());
        }
        awaitRouteMatchesStore(clients);
        assertThat(deletedEvents()).isEqualTo(3);
        assertThat(consumer().isDeleteBreakerOpen()).isFalse();
    }
}
