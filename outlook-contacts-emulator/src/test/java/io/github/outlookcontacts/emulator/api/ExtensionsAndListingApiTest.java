package io.github.outlookcontacts.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Open extensions, multi-value extended properties, {@code $orderby} and {@code $count} on contacts. */
class ExtensionsAndListingApiTest extends ApiTestSupport {

    private static final String MULTI = "StringArray {00020329-0000-0000-C000-000000000046} Name Tags";

    @Test
    void openExtensionsAreCreatedReadReplacedAndDeletedAndChangeTheContact() {
        JsonNode c = post("/v1.0/me/contacts", "{\"givenName\":\"Ext\"}").json();
        String path = "/v1.0/me/contacts/" + enc(c.get("id").asText());

        Res created = post(path + "/extensions", "{\"@odata.type\":\"microsoft.graph.openTypeExtension\","
                + "\"extensionName\":\"com.acme.crm\",\"tier\":\"gold\",\"score\":7}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isEqualTo(
                "Microsoft.OutlookServices.OpenTypeExtension.com.acme.crm");
        assertThat(post(path + "/extensions", "{\"@odata.type\":\"microsoft.graph.openTypeExtension\","
                + "\"extensionName\":\"com.acme.crm\"}").status()).as("same name twice").isEqualTo(409);
        assertThat(get(path).json().get("changeKey").asText()).isNotEqualTo(c.get("changeKey").asText());

        assertThat(get(path + "/extensions/com.acme.crm").json().get("tier").asText()).isEqualTo("gold");
        JsonNode expanded = get(path + "?$expand=" + enc("extensions($filter=id eq "
                + "'Microsoft.OutlookServices.OpenTypeExtension.com.acme.crm')")).json();
        assertThat(expanded.get("extensions").get(0).get("score").asInt()).isEqualTo(7);

        Res replaced = patch(path + "/extensions/Microsoft.OutlookServices.OpenTypeExtension.com.acme.crm",
                "{\"@odata.type\":\"microsoft.graph.openTypeExtension\",\"extensionName\":\"com.acme.crm\","
                        + "\"tier\":\"silver\"}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().has("score")).as("PATCH replaces the data").isFalse();

        assertThat(delete(path + "/extensions/com.acme.crm").status()).isEqualTo(204);
        assertThat(get(path + "/extensions/com.acme.crm").status()).isEqualTo(404);
        assertThat(get(path + "/extensions").json().get("value")).isEmpty();
    }

    @Test
    void multiValueExtendedPropertiesAreWrittenWithTheContactAndExpanded() {
        JsonNode c = post("/v1.0/me/contacts", "{\"givenName\":\"Multi\",\"multiValueExtendedProperties\":[{\"id\":\""
                + MULTI + "\",\"value\":[\"a\",\"b\"]}]}").json();
        String path = "/v1.0/me/contacts/" + enc(c.get("id").asText());
        String expand = "?$expand=" + enc("multiValueExtendedProperties($filter=id eq '" + MULTI + "')");

        assertThat(get(path + expand).json().get("multiValueExtendedProperties").get(0).get("value"))
                .extracting(JsonNode::asText).containsExactly("a", "b");
        patch(path, "{\"multiValueExtendedProperties\":[{\"id\":\"" + MULTI + "\",\"value\":[\"c\"]}]}");
        assertThat(get(path + expand).json().get("multiValueExtendedProperties").get(0).get("value"))
                .extracting(JsonNode::asText).containsExactly("c");
        assertThat(get(path).json().has("multiValueExtendedProperties")).as("only when expanded").isFalse();
        assertThat(post("/v1.0/me/contacts", "{\"givenName\":\"Bad\",\"multiValueExtendedProperties\":[{\"id\":\"x\","
                + "\"value\":\"not an array\"}]}").status()).isEqualTo(400);
    }

    @Test
    void listsOrderCountAndPage() {
        for (String name : List.of("Carol", "alice", "Bob", "dave")) {
            post("/v1.0/me/contacts", "{\"givenName\":\"" + name + "\"}");
        }
        JsonNode first = get("/v1.0/me/contacts?$orderby=" + enc("givenName desc") + "&$top=3&$count=true").json();
        assertThat(first.get("@odata.count").asInt()).isEqualTo(4);
        List<String> names = new ArrayList<>();
        first.get("value").forEach(v -> names.add(v.get("givenName").asText()));
        JsonNode second = call("GET", first.get("@odata.nextLink").asText(), (String) null, Map.of()).json();
        second.get("value").forEach(v -> names.add(v.get("givenName").asText()));
        assertThat(names).containsExactly("dave", "Carol", "Bob", "alice");
        assertThat(get("/v1.0/me/contacts?$orderby=nope").status()).isEqualTo(400);
        assertThat(get("/v1.0/me/contacts?$count=maybe").status()).isEqualTo(400);
    }

    @Test
    void deltaRefusesExpandLikeOutlook() {
        String folder = store.defaultFolderId(ME);
        Res r = get("/v1.0/me/contactFolders/" + enc(folder) + "/contacts/delta?$expand=extensions");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.errorMessage()).contains("Value cannot be null.");
    }
}
