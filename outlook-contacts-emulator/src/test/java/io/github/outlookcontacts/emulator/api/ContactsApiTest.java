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

class ContactsApiTest extends ApiTestSupport {

    private static final String EXT_ID = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name CamelExternalId";

    @Test
    void createGetUpdateDeleteRoundTrip() {
        Res created = post("/v1.0/me/contacts", "{\"givenName\":\"Jürgen\",\"surname\":\"Müller\","
                + "\"emailAddresses\":[{\"name\":\"J\",\"address\":\"j@example.de\"}],\"@odata.type\":\"x\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode c = created.json();
        String id = c.get("id").asText();
        assertThat(c.get("displayName").asText()).isEqualTo("Jürgen Müller");
        assertThat(c.get("@odata.etag").asText()).isEqualTo("W/\"" + c.get("changeKey").asText() + "\"");
        assertThat(c.get("parentFolderId").asText()).isEqualTo(store.defaultFolderId(ME));
        assertThat(c.get("homeAddress").isObject()).isTrue();
        assertThat(c.get("businessPhones").isArray()).isTrue();
        assertThat(c.get("@odata.context").asText()).startsWith(BASE + "/$metadata#");
        assertThat(c.has("createdDateTime") && c.has("lastModifiedDateTime")).isTrue();

        Res got = get("/v1.0/me/contacts/" + enc(id));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("surname").asText()).isEqualTo("Müller");

        Res updated = patch("/v1.0/users/ME@EMULATOR.LOCAL/contacts/" + enc(id),
                "{\"emailAddresses\":[{\"address\":\"new@example.de\"}],\"jobTitle\":\"CTO\"}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("changeKey").asText()).isNotEqualTo(c.get("changeKey").asText());
        assertThat(updated.json().get("emailAddresses")).hasSize(1);
        assertThat(updated.json().get("emailAddresses").get(0).get("address").asText()).isEqualTo("new@example.de");
        assertThat(updated.json().get("surname").asText()).isEqualTo("Müller");

        assertThat(delete("/v1.0/me/contacts/" + enc(id)).status()).isEqualTo(204);
        Res gone = get("/v1.0/me/contacts/" + enc(id));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.errorCode()).isEqualTo("ErrorItemNotFound");
        assertThat(gone.errorMessage()).isEqualTo("The specified object was not found in the store.");
    }

    @Test
    void unknownPropertyAndMultiValueLimitsAre400() {
        Res unknown = post("/v1.0/me/contacts", "{\"foo\":1}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("RequestBodyRead");
        assertThat(unknown.errorMessage()).isEqualTo("The property 'foo' does not exist on type "
                + "'microsoft.graph.contact'. Make sure to only use property names that are defined by the type or"
                + " mark the type as open type.");
        Res emails = post("/v1.0/me/contacts", "{\"emailAddresses\":[{\"address\":\"a@x\"},{\"address\":\"b@x\"},"
                + "{\"address\":\"c@x\"},{\"address\":\"d@x\"}]}");
        assertThat(emails.status()).isEqualTo(400);
        assertThat(emails.errorMessage()).isEqualTo(
                "The multi value property EmailAddresses has 4 entries, that exceeds the max allowed value of 3");
        Res phones = post("/v1.0/me/contacts", "{\"businessPhones\":[\"1\",\"2\",\"3\"]}");
        assertThat(phones.errorMessage()).isEqualTo(
                "The multi value property BusinessPhones has 3 entries, that exceeds the max allowed value of 2");
        assertThat(post("/v1.0/me/contacts", "{\"homePhones\":[\"1\",\"2\",\"3\"]}").status()).isEqualTo(400);
        assertThat(post("/v1.0/me/contacts", "{\"imAddresses\":[\"1\",\"2\",\"3\",\"4\"]}").status()).isEqualTo(400);
        assertThat(store.journal().size()).isZero();
    }

    @Test
    void ifMatchMismatchIs412AndStarMatches() {
        JsonNode c = post("/v1.0/me/contacts", "{\"givenName\":\"A\"}").json();
        String path = "/v1.0/me/contacts/" + enc(c.get("id").asText());
        Res stale = call("PATCH", path, "{\"givenName\":\"B\"}", Map.of("If-Match", "W/\"nope\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.errorCode()).isEqualTo("ErrorIrresolvableConflict");
        assertThat(call("PATCH", path, "{\"givenName\":\"B\"}", Map.of("If-Match", c.get("@odata.etag").asText()))
                .status()).isEqualTo(200);
        assertThat(call("DELETE", path, (String) null, Map.of("If-Match", c.get("@odata.etag").asText())).status())
                .isEqualTo(412);
        assertThat(call("DELETE", path, (String) null, Map.of("If-Match", "*")).status()).isEqualTo(204);
    }

    @Test
    void selectAndPagingWithAbsoluteNextLinks() {
        for (int i = 0; i < 25; i++) {
            post("/v1.0/me/contacts", "{\"givenName\":\"P" + i + "\"}");
        }
        List<String> seen = new ArrayList<>();
        String next = "/v1.0/me/contacts?$select=givenName&$top=10";
        int pages = 0;
        while (next != null) {
            JsonNode page = get(next).json();
            pages++;
            for (JsonNode c : page.get("value")) {
                assertThat(c.has("id") && c.has("@odata.etag") && c.has("givenName")).isTrue();
                assertThat(c.has("surname")).isFalse();
                seen.add(c.get("givenName").asText());
            }
            next = page.path("@odata.nextLink").asText(null);
            if (next != null) {
                assertThat(next).startsWith(BASE + "/me/contacts?");
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(get("/v1.0/me/contacts?$select=nope").status()).isEqualTo(400);
    }

    @Test
    void filterByEmailNamesAndExtendedProperty() {
        post("/v1.0/me/contacts", "{\"givenName\":\"Anna\",\"displayName\":\"Anna O'Brien\","
                + "\"emailAddresses\":[{\"address\":\"Anna@Example.com\"}],\"singleValueExtendedProperties\":"
                + "[{\"id\":\"" + EXT_ID + "\",\"value\":\"crm-1\"}]}");
        post("/v1.0/me/contacts", "{\"givenName\":\"Bob\",\"emailAddresses\":[{\"address\":\"bob@example.com\"}]}");
        assertThat(names("emailAddresses/any(a:a/address eq 'anna@example.com')")).containsExactly("Anna");
        assertThat(names("givenName eq 'bob'")).containsExactly("Bob");
        assertThat(names("startswith(displayName,'anna o''b')")).containsExactly("Anna");
        assertThat(names("displayName eq 'Anna O''Brien' and givenName eq 'Anna'")).containsExactly("Anna");
        assertThat(names("singleValueExtendedProperties/Any(ep: ep/id eq '" + EXT_ID.replace("String", "string")
                + "' and ep/value eq 'CRM-1')")).containsExactly("Anna");
        assertThat(names("singleValueExtendedProperties/any(x: x/id eq '" + EXT_ID.replace("CamelExternalId",
                "camelexternalid") + "' and x/value eq 'crm-1')")).isEmpty();
        // Injection: the quote is part of the value, it cannot add an "or" clause.
        assertThat(names("givenName eq 'x'' or givenName ne ''x'")).isEmpty();
        Res bad = get("/v1.0/me/contacts?$filter=" + enc("givenName eq 'x' or"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(get("/v1.0/me/contacts?$filter=" + enc("givenName eq 'unterminated")).status()).isEqualTo(400);
        assertThat(get("/v1.0/me/contacts?$filter=" + enc("foo eq 'x'")).status()).isEqualTo(400);
        Res byName = get("/v1.0/me/contacts?$filter=" + enc("emailAddresses/any(a:a/name eq 'Anna')"));
        assertThat(byName.status()).isEqualTo(400);
        assertThat(byName.errorCode()).isEqualTo("ErrorInvalidUrlQueryFilter");
    }

    @Test
    void expandReturnsOnlyFilteredExtendedProperties() {
        String id = post("/v1.0/me/contacts", "{\"givenName\":\"E\",\"singleValueExtendedProperties\":[{\"id\":\""
                + EXT_ID + "\",\"value\":\"v1\"},{\"id\":\"String {00000000-0000-0000-0000-000000000001} Name X\","
                + "\"value\":\"other\"}]}").json().get("id").asText();
        assertThat(get("/v1.0/me/contacts/" + enc(id)).json().has("singleValueExtendedProperties")).isFalse();
        JsonNode c = get("/v1.0/me/contacts/" + enc(id) + "?$expand=" + enc(
                "singleValueExtendedProperties($filter=id eq '" + EXT_ID + "')")).json();
        assertThat(c.get("singleValueExtendedProperties")).hasSize(1);
        assertThat(c.get("singleValueExtendedProperties").get(0).get("value").asText()).isEqualTo("v1");
        JsonNode list = get("/v1.0/me/contacts?$expand=singleValueExtendedProperties").json();
        assertThat(list.get("value").get(0).get("singleValueExtendedProperties")).hasSize(2);
        patch("/v1.0/me/contacts/" + enc(id), "{\"singleValueExtendedProperties\":[{\"id\":\"" + EXT_ID
                + "\",\"value\":\"v2\"}]}");
        JsonNode after = get("/v1.0/me/contacts/" + enc(id) + "?$expand=" + enc(
                "singleValueExtendedProperties($filter=id eq '" + EXT_ID + "')")).json();
        assertThat(after.get("singleValueExtendedProperties").get(0).get("value").asText()).isEqualTo("v2");
    }

    @Test
    void meWithAppOnlyTokenIs400AndUnknownPathIs404() {
        ApiResponse r = api.handle(new ApiRequest("GET", "/v1.0/me/contacts", null, Map.of(), null,
                new Principal("app", null, true)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(new String(r.body())).contains("/me request is only valid with delegated authentication flow.");
        assertThat(get("/v1.0/me/nothingHere").status()).isEqualTo(404);
        assertThat(get("/v1.0/me/nothingHere").errorCode()).isNotEmpty();
        assertThat(get("/v2/me/contacts").status()).isEqualTo(404);
    }

    @Test
    void contactIdResolvesAnywhereAndKeySyntaxWorks() {
        String folder = store.ensureFolderPath(ME, "Clients/Europe");
        String id = post("/v1.0/me/contactFolders('" + enc(folder) + "')/contacts", "{\"givenName\":\"K\"}").json()
                .get("id").asText();
        assertThat(get("/v1.0/me/contacts/" + enc(id)).status()).isEqualTo(200);
        assertThat(get("/v1.0/me/CONTACTFOLDERS/" + enc(folder) + "/Contacts").json().get("value")).hasSize(1);
        assertThat(get("/v1.0/me/contacts").json().get("value")).isEmpty();
    }

    private List<String> names(String filter) {
        List<String> out = new ArrayList<>();
        Res r = get("/v1.0/me/contacts?$filter=" + enc(filter));
        assertThat(r.status()).as(new String(r.body())).isEqualTo(200);
        r.json().get("value").forEach(c -> out.add(c.get("givenName").asText()));
        return out;
    }
}
