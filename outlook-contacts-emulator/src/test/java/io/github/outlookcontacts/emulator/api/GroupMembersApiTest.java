package io.github.outlookcontacts.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.store.DirectoryGroups;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /groups/{id}/members} and {@code /transitiveMembers}: directory objects, paged, $select, 404 and 400. */
class GroupMembersApiTest extends ApiTestSupport {

    private static final String SALES = "6f0e2b1c-1111-4c3e-9d55-000000000001";
    private static final String EUROPE = "6f0e2b1c-2222-4c3e-9d55-000000000002";
    private static final String DEVICE = "6f0e2b1c-3333-4c3e-9d55-000000000003";

    @Test
    void membersArePagedWithTopAndNextLinkAndCarryTheirODataType() {
        store.createGroup(SALES);
        for (int i = 0; i < 5; i++) {
            store.addGroupMember(SALES, "user" + i + "@contoso.com");
        }
        store.groups().add(SALES, new DirectoryGroups.Member("#microsoft.graph.device", DEVICE, null));

        List<JsonNode> members = new ArrayList<>();
        String link = "/v1.0/groups/" + SALES + "/members?$select=id,userPrincipalName,mail&$top=2";
        int pages = 0;
        while (link != null) {
            Res page = get(link);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("@odata.context").asText())
                    .endsWith("/$metadata#directoryObjects(id,userPrincipalName,mail)");
            page.json().path("value").forEach(members::add);
            JsonNode next = page.json().get("@odata.nextLink");
            link = next == null ? null : next.asText().substring(next.asText().indexOf("/v1.0/"));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(members).hasSize(6);
        JsonNode first = members.get(0);
        assertThat(first.path("@odata.type").asText()).isEqualTo("#microsoft.graph.user");
        assertThat(first.path("userPrincipalName").asText()).isEqualTo("user0@contoso.com");
        assertThat(first.path("mail").asText()).isEqualTo("user0@contoso.com");
        assertThat(first.path("id").asText()).isEqualTo(store.mailbox("user0@contoso.com").userId());
        assertThat(first.has("displayName")).isFalse();
        JsonNode device = members.get(5);
        assertThat(device.path("@odata.type").asText()).isEqualTo("#microsoft.graph.device");
        assertThat(device.path("id").asText()).isEqualTo(DEVICE);
        assertThat(device.has("userPrincipalName")).isFalse();
    }

    @Test
    void transitiveMembersIncludeTheUsersOfNestedGroups() {
        store.createGroup(EUROPE, "eve@contoso.com");
        store.createGroup(SALES, "sam@contoso.com");
        store.groups().add(SALES, new DirectoryGroups.Member(DirectoryGroups.Member.GROUP, EUROPE, null));

        assertThat(upns(get("/v1.0/groups/" + SALES + "/members").json())).containsExactly("sam@contoso.com", null);
        assertThat(upns(get("/v1.0/groups/" + SALES + "/transitiveMembers").json()))
                .containsExactly("sam@contoso.com", null, "eve@contoso.com");

        store.removeGroupMember(SALES, "sam@contoso.com");
        assertThat(upns(get("/v1.0/groups/" + SALES + "/members").json())).containsExactly((String) null);
    }

    @Test
    void anUnknownGroupIs404AndABadIdOrSelectIs400() {
        Res unknown = get("/v1.0/groups/" + SALES + "/members");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(unknown.errorMessage()).contains(SALES);

        Res bad = get("/v1.0/groups/sales/members");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(bad.errorMessage()).contains("Invalid object identifier 'sales'");

        store.createGroup(SALES);
        assertThat(get("/v1.0/groups/" + SALES + "/members?$select=jobTitle").status()).isEqualTo(400);
        assertThat(get("/v1.0/groups/" + SALES + "/owners").status()).isEqualTo(404);
    }

    private static List<String> upns(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("value").forEach(m -> out.add(m.hasNonNull("userPrincipalName")
                ? m.get("userPrincipalName").asText() : null));
        return out;
    }
}
