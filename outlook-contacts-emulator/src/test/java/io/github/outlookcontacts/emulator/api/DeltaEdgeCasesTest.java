package io.github.outlookcontacts.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Delta behaviour beyond the happy path: empty pages, replays, deleted folders, URL variants, restart links. */
class DeltaEdgeCasesTest extends ApiTestSupport {

    /** All pages of one round, starting at {@code start}. */
    private List<JsonNode> pages(String start, Map<String, String> headers) {
        List<JsonNode> pages = new ArrayList<>();
        String next = start;
        while (next != null) {
            Res r = call("GET", next, (String) null, headers);
            assertThat(r.status()).as(new String(r.body())).isEqualTo(200);
            JsonNode page = r.json();
            pages.add(page);
            next = page.path("@odata.nextLink").asText(null);
        }
        return pages;
    }

    private static List<String> ids(List<JsonNode> pages) {
        List<String> ids = new ArrayList<>();
        pages.forEach(p -> p.get("value").forEach(v -> ids.add(v.get("id").asText())));
        return ids;
    }

    private static String deltaLink(List<JsonNode> pages) {
        return pages.get(pages.size() - 1).get("@odata.deltaLink").asText();
    }

    @Test
    void longRunsOfRemovalsGiveEmptyPagesThatStillCarryANextLink() {
        String folder = store.ensureFolderPath(ME, "Churn");
        List<ContactEntry> created = store.seed(ME, "Churn", 400, 3);
        for (int i = 0; i < 390; i++) {
            store.deleteContact(ME, created.get(i).id());
        }
        List<JsonNode> pages = pages("/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta",
                Map.of("Prefer", "odata.maxpagesize=5"));
        assertThat(pages).anySatisfy(p -> {
            assertThat(p.get("value")).isEmpty();
            assertThat(p.has("@odata.nextLink")).isTrue();
        });
        assertThat(pages).allSatisfy(p -> assertThat(p.has("@odata.nextLink") ^ p.has("@odata.deltaLink")).isTrue());
        // deletions before the initial round are not reported; the 10 survivors are
        assertThat(ids(pages)).containsExactlyInAnyOrderElementsOf(created.subList(390, 400).stream()
                .map(ContactEntry::id).toList());
    }

    @Test
    void contactsChangedDuringAnInitialRoundComeInTheNextRoundSoNothingIsMissed() {
        String folder = store.ensureFolderPath(ME, "Busy");
        List<ContactEntry> created = store.seed(ME, "Busy", 6, 4);
        String start = "/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta";
        Map<String, String> small = Map.of("Prefer", "odata.maxpagesize=2");
        Res first = call("GET", start, (String) null, small);
        List<String> served = new ArrayList<>();
        first.json().get("value").forEach(v -> served.add(v.get("id").asText()));
        assertThat(served).hasSize(2);
        String alreadyServed = served.get(0);
        String notYetServed = created.stream().map(ContactEntry::id).filter(id -> !served.contains(id)).findFirst()
                .orElseThrow();
        store.updateContact(ME, alreadyServed, "{\"jobTitle\":\"Changed after serving\"}");
        store.updateContact(ME, notYetServed, "{\"jobTitle\":\"Changed before serving\"}");

        List<JsonNode> rest = pages(first.json().get("@odata.nextLink").asText(), small);
        List<String> initial = new ArrayList<>(served);
        initial.addAll(ids(rest));
        List<JsonNode> next = pages(deltaLink(rest), small);
        List<String> incremental = ids(next);

        List<String> all = new ArrayList<>(initial);
        all.addAll(incremental);
        assertThat(all).containsAll(created.stream().map(ContactEntry::id).toList());
        assertThat(incremental).contains(alreadyServed, notYetServed); // the served one is replayed
        next.forEach(p -> p.get("value").forEach(v -> assertThat(v.get("jobTitle").asText()).startsWith("Changed")));
    }

    @Test
    void outstandingLinksOfADeletedFolderReportEveryContactRemoved() {
        String folder = store.ensureFolderPath(ME, "Doomed");
        List<ContactEntry> created = store.seed(ME, "Doomed", 4, 5);
        String link = deltaLink(pages("/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta", Map.of()));
        assertThat(delete("/v1.0/me/contactFolders/" + enc(folder)).status()).isEqualTo(204);

        List<JsonNode> after = pages(link, Map.of());
        List<String> removed = new ArrayList<>();
        after.forEach(p -> p.get("value").forEach(v -> {
            assertThat(v.get("@removed").get("reason").asText()).isEqualTo("deleted");
            removed.add(v.get("id").asText());
        }));
        assertThat(removed).containsExactlyInAnyOrderElementsOf(created.stream().map(ContactEntry::id).toList());
        assertThat(get("/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta").status()).isEqualTo(404);
    }

    @Test
    void functionSyntaxAndUsersPathWork() {
        store.seed(ME, "", 3, 6);
        assertThat(ids(pages("/v1.0/me/contacts/delta()", Map.of()))).hasSize(3);
        assertThat(ids(pages("/v1.0/me/contacts/microsoft.graph.delta()", Map.of()))).hasSize(3);
        List<JsonNode> viaUsers = pages("/v1.0/users/" + enc(ME) + "/contactFolders/" + enc(store.defaultFolderId(
                ME)) + "/contacts/delta", Map.of());
        assertThat(ids(viaUsers)).hasSize(3);
        assertThat(deltaLink(viaUsers)).startsWith(BASE + "/users/");
    }

    @Test
    void restartLocationKeepsTheSelectAndPreferencesAreReported() {
        store.seed(ME, "", 2, 7);
        Map<String, String> prefer = Map.of("Prefer", "odata.maxpagesize=1, IdType=\"ImmutableId\"");
        Res first = call("GET", "/v1.0/me/contacts/delta?$select=givenName", (String) null, prefer);
        assertThat(first.headers().get("Preference-Applied")).isEqualTo(
                "odata.maxpagesize=1, IdType=\"ImmutableId\"");
        assertThat(first.json().get("value")).hasSize(1);
        store.expireDeltaTokens();
        Res gone = get(first.json().get("@odata.nextLink").asText());
        assertThat(gone.status()).isEqualTo(410);
        String location = gone.headers().get("Location");
        assertThat(location).isEqualTo(BASE + "/me/contacts/delta?$select=givenName&$deltatoken=");
        JsonNode restarted = get(location).json();
        assertThat(restarted.get("value").get(0).has("givenName")).isTrue();
        assertThat(restarted.get("value").get(0).has("surname")).isFalse();
    }

    @Test
    void badSelectOnDeltaIs400AndNonGetIs405() {
        assertThat(get("/v1.0/me/contacts/delta?$select=nope").status()).isEqualTo(400);
        assertThat(post("/v1.0/me/contacts/delta", "{}").status()).isEqualTo(405);
    }
}
