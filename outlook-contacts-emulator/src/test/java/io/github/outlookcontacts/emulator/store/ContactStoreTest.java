package io.github.outlookcontacts.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ContactStoreTest {

    private final ContactStore store = new ContactStore();

    @Test
    void journalRecordsEveryChangeInOrder() {
        String folder = store.ensureFolderPath("a@x", "F");
        ContactEntry c = store.createContact("a@x", null, "{\"givenName\":\"A\"}");
        ContactEntry u = store.updateContact("a@x", c.id(), "{\"surname\":\"B\"}");
        ContactEntry m = store.moveContact("a@x", c.id(), folder);
        store.deleteContact("a@x", c.id());
        List<JournalEntry> j = store.journal().entries();
        assertThat(j).extracting(JournalEntry::type).containsExactly(ChangeType.CREATED, ChangeType.UPDATED,
                ChangeType.MOVED, ChangeType.DELETED);
        assertThat(j).extracting(JournalEntry::contactId).containsOnly(c.id());
        assertThat(j.get(1).changeKey()).isEqualTo(u.changeKey());
        assertThat(j.get(2).fromFolderId()).isEqualTo(store.defaultFolderId("a@x"));
        assertThat(j.get(2).folderId()).isEqualTo(folder).isEqualTo(m.folderId());
        assertThat(j).extracting(JournalEntry::seq).isSorted();
    }

    @Test
    void usersAreCaseInsensitiveAndBirthdayFollowsGraphQuirk() {
        ContactEntry c = store.createContact("Mixed@X.test", null, "{\"birthday\":\"1815-12-10T00:00:00Z\"}");
        assertThat(store.getContact("mixed@x.test", c.id())).isEqualTo(c);
        assertThat(Json.object(c.json()).get("birthday").asText()).isEqualTo("1815-12-10T11:59:00Z");
        assertThatThrownBy(() -> store.getContact("mixed@x.test", "nope")).isInstanceOf(StoreException.class)
                .extracting("status").isEqualTo(404);
    }

    @Test
    void concurrentWritersNeverLoseChangesInDelta() throws Exception {
        String folder = store.defaultFolderId("c@x");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 250; i++) {
                    ContactEntry e = store.createContact("c@x", folder, "{\"givenName\":\"x\"}");
                    store.updateContact("c@x", e.id(), "{\"surname\":\"y\"}");
                }
            }));
        }
        Set<String> seen = new HashSet<>();
        String token = null;
        while (!futures.stream().allMatch(Future::isDone)) {
            token = drain(folder, token, seen);
        }
        token = drain(folder, token, seen);
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(1000);
    }

    private String drain(String folder, String deltaToken, Set<String> seen) {
        DeltaPage page = store.contactsDelta("c@x", folder, deltaToken, "", 50);
        while (true) {
            page.items().forEach(i -> seen.add(((ContactEntry) i).id()));
            if (page.deltaToken() != null) {
                return page.deltaToken();
            }
            page = store.contactsDelta("c@x", folder, page.skipToken(), "", 50);
        }
    }
}
