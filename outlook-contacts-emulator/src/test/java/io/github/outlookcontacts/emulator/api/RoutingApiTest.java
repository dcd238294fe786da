package io.github.outlookcontacts.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.http.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Path resolution: folder scoping, childFolders chains, mailboxes, key syntax, folder paging, methods. */
class RoutingApiTest extends ApiTestSupport {

    @Test
    void aContactIdUnderAFolderMustBeInThatFolder() {
        String clients = store.ensureFolderPath(ME, "Clients");
        String other = store.ensureFolderPath(ME, "Other");
        String id = store.createContact(ME, clients, "{\"givenName\":\"Scoped\"}").id();
        assertThat(get("/v1.0/me/contactFolders/" + enc(clients) + "/contacts/" + enc(id)).status()).isEqualTo(200);
        assertThat(get("/v1.0/me/contactFolders/" + enc(other) + "/contacts/" + enc(id)).status()).isEqualTo(404);
        assertThat(patch("/v1.0/me/contactFolders/" + enc(other) + "/contacts/" + enc(id), "{\"surname\":\"X\"}")
                .status()).isEqualTo(404);
        assertThat(delete("/v1.0/me/contactFolders/" + enc(other) + "/contacts/" + enc(id)).status())
                .isEqualTo(404);
        assertThat(get("/v1.0/me/contactFolders/" + enc(other) + "/contacts/" + enc(id) + "/photo").status())
                .isEqualTo(404);
        assertThat(store.getContact(ME, id).json()).isNotNull();
        assertThat(get("/v1.0/me/contacts/" + enc(id)).status()).as("/me/contacts/{id} finds it anywhere")
                .isEqualTo(200);
    }

    @Test
    void childFolderChainsAreCheckedAndReachNestedContacts() {
        String a = store.ensureFolderPath(ME, "A");
        String b = store.ensureFolderPath(ME, "A/B");
        String c = store.ensureFolderPath(ME, "A/B/C");
        String other = store.ensureFolderPath(ME, "Other");
        String nested = "/v1.0/me/contactFolders/" + enc(a) + "/childFolders/" + enc(b) + "/childFolders/" + enc(c);
        assertThat(post(nested + "/contacts", "{\"givenName\":\"Deep\"}").status()).isEqualTo(201);
        assertThat(get(nested + "/contacts").json().get("value")).hasSize(1);
        assertThat(get(nested).json().get("parentFolderId").asText()).isEqualTo(b);
        assertThat(get("/v1.0/me/contactFolders/" + enc(other) + "/childFolders/" + enc(b)).status())
                .isEqualTo(404);
        assertThat(get("/v1.0/me/contactFolders/" + enc(c)).status()).as("any folder is addressable by id")
                .isEqualTo(200);
        assertThat(get("/v1.0/me/contactFolders('" + enc(a) + "')/childFolders('" + enc(b) + "')").json()
                .get("displayName").asText()).isEqualTo("B");
    }

    @Test
    void theDefaultFolderHangsBelowTheMailboxRoot() {
        String defaultId = store.defaultFolderId(ME);
        JsonNode folder = get("/v1.0/me/contactFolders/" + enc(defaultId)).json();
        assertThat(folder.get("displayName").asText()).isEqualTo("Contacts");
        assertThat(folder.get("parentFolderId").asText()).isEqualTo(store.mailbox(ME).rootFolderId())
                .isNotEqualTo(defaultId);
        assertThat(get("/v1.0/me/contactFolders").json().get("value")).isEmpty();
        assertThat(patch("/v1.0/me/contactFolders/" + enc(defaultId), "{\"displayName\":\"Mine\"}").status())
                .isEqualTo(400);
    }

    @Test
    void folderListsArePagedAndFilterable() {
        for (int i = 0; i < 12; i++) {
            store.ensureFolderPath(ME, String.format("F%02d", i));
        }
        List<String> names = new ArrayList<>();
        String next = "/v1.0/me/contactFolders";
        int pages = 0;
        while (next != null) {
            JsonNode page = get(next).json();
            page.get("value").forEach(f -> names.add(f.get("displayName").asText()));
            next = page.path("@odata.nextLink").asText(null);
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(names).hasSize(12).doesNotHaveDuplicates();
        JsonNode filtered = get("/v1.0/me/contactFolders?$filter=" + enc("displayName eq 'f07'")).json();
        assertThat(filtered.get("value")).hasSize(1);
        assertThat(get("/v1.0/me/contactFolders?$filter=" + enc("nope eq 'x'")).status()).isEqualTo(400);
        assertThat(get("/v1.0/me/contactFolders?$top=0").status()).isEqualTo(400);
    }

    @Test
    void mailboxesResolveByUpnCaseInsensitivelyAndByUserId() {
        store.createMailbox("Alice@Contoso.test");
        String id = post("/v1.0/users/Alice@Contoso.test/contacts", "{\"givenName\":\"A\"}").json().get("id")
                .asText();
        assertThat(get("/v1.0/users/alice%40contoso.test/contacts/" + enc(id)).status()).isEqualTo(200);
        String userId = store.mailbox("alice@contoso.test").userId();
        assertThat(get("/v1.0/users/" + userId + "/contacts/" + enc(id)).status()).isEqualTo(200);
        assertThat(get("/v1.0/me/contacts/" + enc(id)).status()).as("another mailbox").isEqualTo(404);
        ApiResponse app = api.handle(new ApiRequest("GET", "/v1.0/users/alice@contoso.test/contacts", null,
                Map.of(), null, new Principal("app", null, true)));
        assertThat(app.status()).isEqualTo(200);
        ApiResponse delegated = api.handle(new ApiRequest("GET", "/v1.0/me/contacts", null, Map.of(), null,
                new Principal("app", "alice@contoso.test", false)));
        assertThat(Res.of(delegated).json().get("value")).hasSize(1);
    }

    @Test
    void linksFallBackToTheHostHeaderAndMethodsAreChecked() {
        for (int i = 0; i < 3; i++) {
            post("/v1.0/me/contacts", "{\"givenName\":\"H" + i + "\"}");
        }
        ApiResponse r = api.handle(new ApiRequest("GET", "/v1.0/me/contacts", "$top=2", Map.of("Host",
                List.of("localhost:8123")), null, null));
        assertThat(Res.of(r).json().get("@odata.nextLink").asText()).isEqualTo(
                "http://localhost:8123/v1.0/me/contacts?$top=2&$skip=2");
        assertThat(call("PUT", "/v1.0/me/contacts", "{}", Map.of()).status()).isEqualTo(405);
        assertThat(call("POST", "/v1.0/me/contactFolders/delta", "{}", Map.of()).status()).isEqualTo(405);
        assertThat(get("/v1.0/me/contacts?$top=abc").status()).isEqualTo(400);
        Res unknown = get("/v1.0/me/calendars");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorMessage()).contains("calendars");
    }
}
