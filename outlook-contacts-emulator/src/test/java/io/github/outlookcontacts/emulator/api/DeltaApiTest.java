package io.github.outlookcontacts.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.store.ChangeType;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.StoreOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeltaApiTest extends ApiTestSupport {

    /** Result of following a round to its deltaLink. */
    record Round(List<JsonNode> items, String deltaLink, int pages) {
        Map<String, JsonNode> byId() {
            Map<String, JsonNode> m = new HashMap<>();
            items.forEach(i -> m.put(i.get("id").asText(), i));
            return m;
        }
    }

    Round round(String start, Map<String, String> headers) {
        List<JsonNode> items = new ArrayList<>();
        String next = start;
        int pages = 0;
        while (true) {
            Res r = call("GET", next, (String) null, headers);
            assertThat(r.status()).as(new String(r.body())).isEqualTo(200);
            JsonNode page = r.json();
            pages++;
            assertThat(page.has("@odata.nextLink") && page.has("@odata.deltaLink")).isFalse();
            page.get("value").forEach(items::add);
            if (page.has("@odata.deltaLink")) {
                assertThat(page.get("@odata.deltaLink").asText()).startsWith(BASE).contains("$deltatoken=");
                return new Round(items, page.get("@odata.deltaLink").asText(), pages);
            }
            next = page.get("@odata.nextLink").asText();
            assertThat(next).startsWith(BASE).contains("$skiptoken=");
        }
    }

    @Test
    void initialRoundThenIncrementalWithUpdatesDeletesAndMoves() {
        String folder = store.ensureFolderPath(ME, "Sync");
        String other = store.ensureFolderPath(ME, "Other");
        List<ContactEntry> created = store.seed(ME, "Sync", 25, 7);
        store.deleteContact(ME, created.get(24).id()); // deleted before the initial round: not reported
        String start = "/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta()?$select=givenName,surname";
        Round initial = round(start, Map.of("Prefer", "odata.maxpagesize=7"));
        assertThat(initial.items()).hasSize(24);
        assertThat(initial.pages()).isEqualTo(4);
        JsonNode first = initial.items().get(0);
        assertThat(first.get("@odata.type").asText()).isEqualTo("#microsoft.graph.contact");
        assertThat(first.has("givenName") && first.has("@odata.etag")).isTrue();
        assertThat(first.has("companyName")).isFalse();
        assertThat(initial.items()).noneMatch(i -> i.has("@removed"));

        store.updateContact(ME, created.get(0).id(), "{\"jobTitle\":\"CEO\"}");
        store.deleteContact(ME, created.get(1).id());
        store.moveContact(ME, created.get(2).id(), other);
        ContactEntry added = store.createContact(ME, folder, "{\"givenName\":\"New\"}");

        Round second = round(initial.deltaLink(), Map.of());
        Map<String, JsonNode> byId = second.byId();
        assertThat(byId).hasSize(4);
        assertThat(byId.get(created.get(0).id()).has("givenName")).isTrue(); // select kept from the token
        assertThat(byId.get(created.get(0).id()).has("jobTitle")).isFalse();
        assertThat(byId.get(created.get(1).id()).get("@removed").get("reason").asText()).isEqualTo("deleted");
        assertThat(byId.get(created.get(2).id()).get("@removed").get("reason").asText()).isEqualTo("changed");
        assertThat(byId.get(added.id()).get("givenName").asText()).isEqualTo("New");

        Round third = round(second.deltaLink(), Map.of());
        assertThat(third.items()).isEmpty();

        Round otherInitial = round("/v1.0/me/contactFolders/" + enc(other) + "/contacts/delta", Map.of());
        assertThat(otherInitial.byId()).containsKey(created.get(2).id());
        assertThat(store.journal().entries(e -> e.type() == ChangeType.MOVED)).hasSize(1);
    }

    @Test
    void defaultFolderDeltaAndPageSizeClamp() {
        store.seed(ME, "", 5, 1);
        Res r = call("GET", "/v1.0/me/contacts/delta", (String) null, Map.of("Prefer", "odata.maxpagesize=5000"));
        assertThat(r.headers().get("Preference-Applied")).isEqualTo("odata.maxpagesize=200");
        assertThat(r.json().get("value")).hasSize(5);
        assertThat(r.json().has("@odata.deltaLink")).isTrue();
        Res dflt = get("/v1.0/me/contacts/delta");
        assertThat(dflt.headers()).doesNotContainKey("Preference-Applied");
    }

    @Test
    void expiredTokensAnswer410WithLocationAndTamperedTokens400() {
        store.seed(ME, "", 3, 1);
        Round r = round("/v1.0/me/contacts/delta", Map.of());
        store.expireDeltaTokens();
        Res gone = get(r.deltaLink());
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.errorCode()).isEqualTo("SyncStateNotFound");
        assertThat(gone.errorMessage()).matches("The sync state generation is not found; generation=\\d+;");
        assertThat(gone.headers().get("Location")).isEqualTo(BASE + "/me/contacts/delta?$deltatoken=");
        assertThat(round(gone.headers().get("Location"), Map.of()).items()).hasSize(3);

        String link = round("/v1.0/me/contacts/delta", Map.of()).deltaLink();
        String token = link.substring(link.indexOf("$deltatoken=") + 12);
        char flipped = token.charAt(5) == 'A' ? 'B' : 'A';
        Res tampered = get(BASE + "/me/contacts/delta?$deltatoken=" + token.substring(0, 5) + flipped
                + token.substring(6));
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.errorMessage()).isEqualTo("Badly formed token");
        assertThat(get(BASE + "/me/contacts/delta?$skiptoken=garbage!").status()).isEqualTo(400);
        String folder = store.ensureFolderPath(ME, "Elsewhere");
        assertThat(get(BASE + "/me/contactFolders/" + enc(folder) + "/contacts/delta?$deltatoken=" + token)
                .status()).isEqualTo(400);
    }

    @Test
    void tokensExpireAfterTtl() {
        MutableClock clock = new MutableClock();
        store = new ContactStore(StoreOptions.builder().clock(clock).deltaTokenTtl(Duration.ofHours(1)).build());
        api = new GraphApi(store);
        store.seed(ME, "", 2, 1);
        String link = round("/v1.0/me/contacts/delta", Map.of()).deltaLink();
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        String link2 = round(link, Map.of()).deltaLink();
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThat(get(link2).status()).isEqualTo(410);
    }

    @Test
    void folderHierarchyDeltaReportsCreatesRenamesAndDeletes() {
        String a = store.ensureFolderPath(ME, "A");
        String b = store.ensureFolderPath(ME, "A/B");
        Round initial = round("/v1.0/me/contactFolders/delta", Map.of());
        assertThat(initial.byId().keySet()).containsExactlyInAnyOrder(a, b);
        assertThat(initial.byId().get(b).get("parentFolderId").asText()).isEqualTo(a);
        store.updateFolder(ME, b, "B2", null);
        store.deleteFolder(ME, a);
        Map<String, JsonNode> changes = round(initial.deltaLink(), Map.of()).byId();
        assertThat(changes.get(a).get("@removed").get("reason").asText()).isEqualTo("deleted");
        assertThat(changes.get(b).has("@removed")).isTrue();
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
