package io.github.outlookcontacts.camel;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** At-least-once delivery: restarts with a durable repository, and routes that fail some exchanges. */
class SyncDeliveryGuaranteesTest extends SyncEmulatorSupport {

    /** Keeps the failures logged while the route refuses some exchanges on purpose out of the build log. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final ExpectedErrorLogs EXPECTED_ERRORS = ExpectedErrorLogs.causedBy(IllegalStateException.class, "route refuses");

    @TempDir
    Path dir;

    @Test
    void aRestartWithADurableRepositoryLosesNothingAndRepeatsNothingConfirmed() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 30; i++) {
            create(clients, "c" + i);
        }
        Path stateFile = dir.resolve("sync.state");
        startCamel(syncUri("folder=Clients&pageSize=4&stateRepository=#syncState"),
                ctx -> ctx.getRegistry().bind("syncState", new AtomicFileStateRepository(stateFile)));
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        stopCamel();
        assertThat(events()).hasSize(30);

        // Changes while the application is down.
        List<ContactEntry> all = List.copyOf(store.contacts(USER, clients));
        ContactEntry updated = update(all.get(3).id(), "Manager");
        store.deleteContact(USER, all.get(7).id());
        ContactEntry created = create(clients, "new");
        int mark = events().size();

        startCamel(syncUri("folder=Clients&pageSize=4&stateRepository=#syncState"),
                ctx -> ctx.getRegistry().bind("syncState", new AtomicFileStateRepository(stateFile)));
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        assertThat(eventsSince(mark)).extracting(Event::toString).containsExactlyInAnyOrder(
                "updated " + updated.id() + " " + updated.changeKey(),
                "deleted " + all.get(7).id(),
                "created " + created.id() + " " + created.changeKey());
    }

    @Test
    void aRestartInTheMiddleOfARoundContinuesAfterTheLastConfirmedPage() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 40; i++) {
            create(clients, "c" + i);
        }
        Path stateFile = dir.resolve("sync.state");
        // One page per poll, slow polls: stop after a few pages.
        startCamel(syncUri("folder=Clients&pageSize=5&maxMessagesPerPoll=5&delay=300&stateRepository=#syncState"),
                ctx -> ctx.getRegistry().bind("syncState", new AtomicFileStateRepository(stateFile)));
        await(() -> events().size() >= 10, java.time.Duration.ofSeconds(20), () -> "events " + events().size());
        stopCamel();
        int delivered = events().size();
        assertThat(delivered).isLessThan(40);

        startCamel(syncUri("folder=Clients&pageSize=5&stateRepository=#syncState"),
                ctx -> ctx.getRegistry().bind("syncState", new AtomicFileStateRepository(stateFile)));
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        assertThat(events()).hasSize(40);
        assertThat(events()).extracting(Event::id).doesNotHaveDuplicates();
    }

    @Test
    void exchangesThatFailComeAgainOnTheNextPollAndTheOthersAreNeitherLostNorRepeated() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 25; i++) {
            create(clients, "c" + i);
        }
        // Every 4th contact (by name) fails its first two attempts.
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        failing = e -> e.body().getGivenName() != null && Integer.parseInt(e.body().getGivenName().substring(1)) % 4 == 0
                       && attempts.computeIfAbsent(e.id(), k -> new AtomicInteger()).incrementAndGet() <= 2;
        startCamel(syncUri("folder=Clients&pageSize=3"));
        awaitRouteMatchesStore(clients);
        awaitQuiet();

        assertThat(failedAttempts).hasSize(7 * 2);
        assertThat(events()).hasSize(25);
        assertThat(events()).extracting(Event::id).doesNotHaveDuplicates();

        // Updates too: a failing update is retried, the others in the same round arrive once.
        int mark = events().size();
        List<ContactEntry> all = List.copyOf(store.contacts(USER, clients));
        Set<String> failOnce = new HashSet<>();
        failOnce.add(all.get(1).id());
        failing = e -> failOnce.remove(e.id());
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            ContactEntry u = update(all.get(i).id(), "title" + i);
            expected.put(u.id(), u.changeKey());
        }
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        assertThat(eventsSince(mark)).hasSize(6).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("updated");
            assertThat(e.changeKey()).isEqualTo(expected.get(e.id()));
        });
    }
}
