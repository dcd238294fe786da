package io.github.outlookcontacts.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.store.ChangeType;
import io.github.outlookcontacts.emulator.store.JournalEntry;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldersPhotosBatchApiTest extends ApiTestSupport {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAYAAAAAAAAAAAAAAAAAAAAAAAAA");

    @Test
    void folderLifecycle() {
        Res created = post("/v1.0/me/contactFolders", "{\"displayName\":\"Clients\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String defaultId = store.defaultFolderId(ME);
        assertThat(created.json().get("parentFolderId").asText()).isEqualTo(defaultId);
        assertThat(post("/v1.0/me/contactFolders", "{\"displayName\":\"clients\"}").status()).isEqualTo(409);
        Res child = post("/v1.0/me/contactFolders/" + enc(id) + "/childFolders", "{\"displayName\":\"EU\"}");
        assertThat(child.status()).isEqualTo(201);
        String childId = child.json().get("id").asText();
        assertThat(get("/v1.0/me/contactFolders").json().get("value")).hasSize(1);
        assertThat(get("/v1.0/me/contactFolders/" + enc(id) + "/childFolders").json().get("value")).hasSize(1);
        assertThat(get("/v1.0/me/contactFolders/" + enc(defaultId)).json().get("displayName").asText())
                .isEqualTo("Contacts");
        assertThat(patch("/v1.0/me/contactFolders/" + enc(childId), "{\"displayName\":\"Europe\",\"parentFolderId\":\""
                + defaultId + "\"}").json().get("displayName").asText()).isEqualTo("Europe");
        assertThat(get("/v1.0/me/contactFolders").json().get("value")).hasSize(2);
        assertThat(post("/v1.0/me/contactFolders", "{\"foo\":\"x\"}").status()).isEqualTo(400);

        String contact = post("/v1.0/me/contactFolders/" + enc(id) + "/contacts", "{\"givenName\":\"X\"}").json()
                .get("id").asText();
        Res defaultDelete = delete("/v1.0/me/contactFolders/" + enc(defaultId));
        assertThat(defaultDelete.status()).isEqualTo(400);
        assertThat(delete("/v1.0/me/contactFolders/" + enc(id)).status()).isEqualTo(204);
        assertThat(get("/v1.0/me/contacts/" + enc(contact)).status()).isEqualTo(404);
        assertThat(get("/v1.0/me/contactFolders/" + enc(id)).status()).isEqualTo(404);
        List<JournalEntry> journal = store.journal().entries();
        assertThat(journal).extracting(JournalEntry::type).containsExactly(ChangeType.CREATED, ChangeType.DELETED);
        assertThat(journal.get(1).contactId()).isEqualTo(contact);
        assertThat(journal.get(1).seq()).isGreaterThan(journal.get(0).seq());
    }

    @Test
    void contactAndUserPhotos() {
        JsonNode c = post("/v1.0/me/contacts", "{\"givenName\":\"P\"}").json();
        String path = "/v1.0/me/contacts/" + enc(c.get("id").asText());
        assertThat(get(path + "/photo/$value").status()).isEqualTo(404);
        assertThat(get(path + "/photo/$value").errorCode()).isEqualTo("ErrorItemNotFound");
        Res put = call("PUT", path + "/photo/$value", PNG, Map.of("Content-Type", "image/png"));
        assertThat(put.status()).isEqualTo(200);
        Res bytes = get(path + "/photo/$value");
        assertThat(bytes.body()).isEqualTo(PNG);
        assertThat(bytes.headers().get("Content-Type")).isEqualTo("image/png");
        JsonNode meta = get(path + "/photo").json();
        assertThat(meta.get("width").asInt()).isEqualTo(48);
        assertThat(meta.get("height").asInt()).isEqualTo(32);
        assertThat(meta.get("@odata.mediaContentType").asText()).isEqualTo("image/png");
        assertThat(meta.get("@odata.mediaEtag").asText()).as("profilephoto-get.md's form").matches("\"[0-9A-F]{8}\"");
        assertThat(get(path).json().get("changeKey").asText()).isNotEqualTo(c.get("changeKey").asText());
        assertThat(get(path + "/photos/48x48/$value").status()).isEqualTo(400);
        Res tooBig = call("PUT", path + "/photo/$value", new byte[4 * 1024 * 1024 + 1], Map.of("Content-Type",
                "image/jpeg"));
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.errorCode()).isNotEmpty();

        assertThat(get("/v1.0/me/photo/$value").status()).isEqualTo(404);
        assertThat(call("PATCH", "/v1.0/users/" + enc(ME) + "/photo/$value", PNG, Map.of("Content-Type",
                "image/png")).status()).isEqualTo(200);
        assertThat(get("/v1.0/me/photo/$value").body()).isEqualTo(PNG);
        assertThat(get("/v1.0/me/photo").json().get("id").asText()).isEqualTo("48x32");
    }

    @Test
    void batchRunsDependenciesAnd424s() {
        String id = post("/v1.0/me/contacts", "{\"givenName\":\"B\"}").json().get("id").asText();
        String body = "{\"requests\":["
                + "{\"id\":\"1\",\"method\":\"POST\",\"url\":\"/me/contacts\",\"headers\":{\"Content-Type\":"
                + "\"application/json\"},\"body\":{\"givenName\":\"Batch\"}},"
                + "{\"id\":\"2\",\"method\":\"PATCH\",\"url\":\"me/contacts/" + enc(id) + "\",\"headers\":"
                + "{\"Content-Type\":\"application/json\"},\"body\":{\"jobTitle\":\"CTO\"},\"dependsOn\":[\"1\"]},"
                + "{\"id\":\"3\",\"method\":\"GET\",\"url\":\"/me/contacts/missing\"},"
                + "{\"id\":\"4\",\"method\":\"DELETE\",\"url\":\"/me/contacts/" + enc(id) + "\",\"dependsOn\":[\"3\"]},"
                // sub-requests run concurrently: only dependsOn guarantees 5 sees 1's contact
                + "{\"id\":\"5\",\"method\":\"GET\",\"url\":\"/me/contacts?$select=givenName\","
                + "\"dependsOn\":[\"1\"]}]}";
        Res r = post("/v1.0/$batch", body);
        assertThat(r.status()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        r.json().get("responses").forEach(x -> byId.put(x.get("id").asText(), x));
        assertThat(byId.get("1").get("status").asInt()).isEqualTo(201);
        assertThat(byId.get("1").get("body").get("givenName").asText()).isEqualTo("Batch");
        assertThat(byId.get("2").get("status").asInt()).isEqualTo(200);
        assertThat(byId.get("3").get("status").asInt()).isEqualTo(404);
        assertThat(byId.get("4").get("status").asInt()).isEqualTo(424);
        assertThat(byId.get("5").get("body").get("value")).hasSize(2);
        assertThat(store.getContact(ME, id).json()).isNotNull();
    }

    @Test
    void batchValidationAndSubRequestThrottling() {
        StringBuilder many = new StringBuilder("{\"requests\":[");
        for (int i = 1; i <= 21; i++) {
            many.append(i > 1 ? "," : "").append("{\"id\":\"").append(i).append("\",\"method\":\"GET\",\"url\":")
                    .append("\"/me/contacts\"}");
        }
        assertThat(post("/v1.0/$batch", many + "]}").status()).isEqualTo(400);
        assertThat(post("/v1.0/$batch", "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/me/contacts\"},"
                + "{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/me/contacts\"}]}").status()).isEqualTo(400);
        assertThat(post("/v1.0/$batch", "{\"requests\":[{\"id\":\"1\",\"method\":\"POST\",\"url\":\"/me/contacts\","
                + "\"body\":{}}]}").status()).isEqualTo(400);

        api.setSubRequestPipeline(req -> req.rawPath().endsWith("/contactFolders")
                ? io.github.outlookcontacts.emulator.http.ApiResponse.error(429, "ApplicationThrottled",
                        "Application is over its MailboxConcurrency limit.").header("Retry-After", "7")
                : api.handle(req));
        Res r = post("/v1.0/$batch", "{\"requests\":[{\"id\":\"a\",\"method\":\"GET\",\"url\":\"/me/contactFolders\"},"
                + "{\"id\":\"b\",\"method\":\"GET\",\"url\":\"/me/contacts\",\"dependsOn\":[\"a\"]}]}");
        JsonNode responses = r.json().get("responses");
        assertThat(responses.get(0).get("status").asInt()).isEqualTo(429);
        assertThat(responses.get(0).get("headers").get("Retry-After").asText()).isEqualTo("7");
        assertThat(responses.get(1).get("status").asInt()).isEqualTo(424);
    }
}
