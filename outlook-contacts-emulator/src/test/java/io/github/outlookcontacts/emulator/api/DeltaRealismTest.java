package io.github.outlookcontacts.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.StoreOptions;
import io.github.outlookcontacts.emulator.store.StoreOptions.DeltaRealism;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The delta irregularities Graph allows, each behind a switch: first-round removals, replays, reasons, lifetimes. */
class DeltaRealismTest extends ApiTestSupport {

    private void realism(DeltaRealism realism) {
        store = new ContactStore(StoreOptions.builder().deltaRealism(realism).build());
        api = new GraphApi(store);
    }

    private List<JsonNode> round(String start) {
        List<JsonNode> items = new ArrayList<>();
        String next = start;
        while (true) {
            JsonNode page = call("GET", next, (String) null, Map.of("Prefer", "odata.maxpagesize=3")).json();
            page.get("value").forEach(items::add);
            if (page.has("@odata.deltaLink")) {
                items.add(page);
                return items;
            }
            next = page.get("@odata.nextLink").asText();
        }
    }

    private static List<String> ids(List<JsonNode> items, boolean removed) {
        return items.stream().filter(i -> i.has("id") && i.has("@removed") == removed).map(i -> i.get("id").asText())
                .toList();
    }

    @Test
    void firstRoundsMayReportEarlierRemovalsAndReplayItemsAcrossPages() {
        realism(new DeltaRealism(true, true, "deleted"));
        String folder = store.ensureFolderPath(ME, "Real");
        List<ContactEntry> created = store.seed(ME, "Real", 10, 1);
        store.deleteContact(ME, created.get(0).id());

        List<JsonNode> first = round("/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta");

        assertThat(ids(first, true)).containsExactly(created.get(0).id());
        List<String> live = ids(first, false);
        assertThat(live).containsAll(created.subList(1, 10).stream().map(ContactEntry::id).toList());
        assertThat(live.size()).as("some items replayed on the next page").isGreaterThan(9);
        assertThat(first).filteredOn(i -> i.has("@removed"))
                .allSatisfy(i -> assertThat(i.get("@removed").get("reason").asText()).isEqualTo("deleted"));
    }

    @Test
    void byDefaultTheFirstRoundHasNeitherRemovalsNorReplays() {
        String folder = store.ensureFolderPath(ME, "Plain");
        List<ContactEntry> created = store.seed(ME, "Plain", 10, 1);
        store.deleteContact(ME, created.get(0).id());

        List<JsonNode> first = round("/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta");

        assertThat(ids(first, true)).isEmpty();
        assertThat(ids(first, false)).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void deleteReasonFollowsTheOverviewWhenAsked() {
        realism(new DeltaRealism(false, false, "changed"));
        String folder = store.ensureFolderPath(ME, "Reasons");
        ContactEntry c = store.seed(ME, "Reasons", 1, 1).get(0);
        List<JsonNode> first = round("/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta");
        store.deleteContact(ME, c.id());

        List<JsonNode> next = round(first.get(first.size() - 1).get("@odata.deltaLink").asText());

        assertThat(next.get(0).get("@removed").get("reason").asText()).as("restorable from Deleted Items")
                .isEqualTo("changed");
    }

    @Test
    void deltaTokensHaveNoFixedLifetimeUnlessConfigured() {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now[0];
            }
        };
        store = new ContactStore(StoreOptions.builder().clock(clock).build());
        api = new GraphApi(store);
        String folder = store.ensureFolderPath(ME, "Old");
        store.seed(ME, "Old", 1, 1);
        List<JsonNode> first = round("/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta");
        String link = first.get(first.size() - 1).get("@odata.deltaLink").asText();

        now[0] = now[0].plus(Duration.ofDays(400));
        assertThat(call("GET", link, (String) null, Map.of()).status()).as("no fixed lifetime").isEqualTo(200);

        store.expireDeltaTokens();
        Res gone = call("GET", link, (String) null, Map.of());
        assertThat(gone.status()).as("forced expiry still works").isEqualTo(410);
        assertThat(gone.errorCode()).isEqualTo("SyncStateNotFound");
    }
}
