package io.github.outlookcontacts.camel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.JournalEntry;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Expired delta tokens (410 SyncStateNotFound): a full round that emits only differences and vanished contacts. */
class SyncResyncTest extends SyncEmulatorSupport {

    @Test
    void afterAnExpiredTokenOnlyChangedCreatedAndVanishedContactsAreEmitted() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 20; i++) {
            create(clients, "c" + i);
        }
        MemoryStateRepository state = new MemoryStateRepository();
        state.start(); // started here, so the consumer leaves it running across the restart
        startCamel(syncUri("folder=Clients&pageSize=3&stateRepository=#state"),
                ctx -> ctx.getRegistry().bind("state", state));
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        stopCamel();

        List<ContactEntry> all = List.copyOf(store.contacts(USER, clients));
        ContactEntry u1 = update(all.get(2).id(), "a");
        ContactEntry u2 = update(all.get(11).id(), "b");
        store.deleteContact(USER, all.get(5).id());
        store.deleteContact(USER, all.get(17).id());
        ContactEntry n1 = create(clients, "n1");
        emulator.faults().expireDeltaTokensNow();
        int mark = events().size();

        startCamel(syncUri("folder=Clients&pageSize=3&stateRepository=#state"),
                ctx -> ctx.getRegistry().bind("state", state));
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        assertThat(eventsSince(mark)).extracting(e -> e + (e.reason() == null ? "" : " " + e.reason()))
                .containsExactlyInAnyOrder(
                        "updated " + u1.id() + " " + u1.changeKey(),
                        "updated " + u2.id() + " " + u2.changeKey(),
                        "deleted " + all.get(5).id() + " deleted",
                        "deleted " + all.get(17).id() + " deleted",
                        "created " + n1.id() + " " + n1.changeKey());
    }

    @Test
    void anExpiryInTheMiddleOfTheFirstRoundDoesNotReplayWhatWasAlreadyEmitted() throws Exception {
        String clients = folder("Clients");
        for (int i = 0; i < 30; i++) {
            create(clients, "c" + i);
        }
        emulator.faults().expireDeltaTokensOnDeltaRequest(4); // the 4th page request finds its skip token expired
        startCamel(syncUri("folder=Clients&pageSize=4"));
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        assertThat(emulator.faults().deltaTokenExpiries()).isEqualTo(1);
        assertThat(events()).hasSize(30).extracting(Event::id).doesNotHaveDuplicates();
    }

    @Test
    void aSeriesOfChangesWithAnExpiryInTheMiddleIsSeenExactlyAsTheJournalRecordsIt() throws Exception {
        String clients = folder("Clients");
        String elsewhere = folder("Elsewhere");
        List<String> live = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            live.add(create(clients, "c" + i).id());
        }
        long startSeq = store.journal().lastSeq();
        startCamel(syncUri("folder=Clients&pageSize=4&delay=30"));
        awaitRouteMatchesStore(clients);

        Random random = new Random(20261123);
        for (int step = 0; step < 80; step++) {
            int action = random.nextInt(10);
            if (action < 3 || live.isEmpty()) {
                live.add(create(clients, "n" + step).id());
            } else if (action < 7) {
                update(live.get(random.nextInt(live.size())), "t" + step);
            } else if (action < 9) {
                store.deleteContact(USER, live.remove(random.nextInt(live.size())));
            } else {
                store.moveContact(USER, live.remove(random.nextInt(live.size())), elsewhere);
            }
            if (step == 40) {
                emulator.faults().expireDeltaTokensNow();
            }
            Thread.sleep(random.nextInt(15));
        }
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        assertThat(emulator.faults().deltaTokenExpiries()).isEqualTo(1);

        // Every event matches a state the journal recorded; nothing is emitted twice.
        Map<String, List<JournalEntry>> journal = new HashMap<>();
        for (JournalEntry j : store.journal().entries(j -> j.mailbox().equalsIgnoreCase(USER))) {
            journal.computeIfAbsent(j.contactId(), k -> new ArrayList<>()).add(j);
        }
        Set<String> seenVersions = new HashSet<>();
        for (Event e : events()) {
            List<JournalEntry> history = journal.get(e.id());
            assertThat(history).as("journal of %s", e.id()).isNotNull();
            if (e.type().equals("deleted")) {
                assertThat(history).as("a delete or move-out of %s", e.id()).anyMatch(j ->
                        j.type().name().equals("DELETED") || j.type().name().equals("MOVED")
                                                            && clients.equals(j.fromFolderId()));
            } else {
                assertThat(history).as("version %s of %s", e.changeKey(), e.id())
                        .anyMatch(j -> j.changeKey().equals(e.changeKey()) && clients.equals(j.folderId()));
                assertThat(seenVersions.add(e.id() + "/" + e.changeKey())).as("%s emitted twice", e).isTrue();
            }
        }
        // A contact that did not change after the first round was emitted once, whatever the resync did.
        for (String id : live) {
            boolean untouched = journal.get(id).stream().noneMatch(j -> j.seq() > startSeq);
            if (untouched) {
                assertThat(events()).filteredOn(e -> e.id().equals(id)).hasSize(1);
            }
        }
        // And the route ends up with exactly the folder's contents (delete included).
        assertThat(routeView(clients)).isEqualTo(storeView(clients));
    }
}
