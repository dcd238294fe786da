package io.github.outlookcontacts.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.http.Principal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** $batch beyond the basics: binary bodies, inherited caller, dependency chains, malformed envelopes. */
class BatchApiTest extends ApiTestSupport {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 11, 8, 0, 20, 0, 30,
        1, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};

    private Map<String, JsonNode> batch(String json) {
        Res r = post("/v1.0/$batch", json);
        assertThat(r.status()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        r.json().get("responses").forEach(x -> byId.put(x.get("id").asText(), x));
        return byId;
    }

    @Test
    void binaryBodiesTravelAsBase64BothWays() {
        String id = post("/v1.0/me/contacts", "{\"givenName\":\"Pic\"}").json().get("id").asText();
        String b64 = Base64.getEncoder().encodeToString(JPEG);
        Map<String, JsonNode> r = batch("{\"requests\":["
                + "{\"id\":\"put\",\"method\":\"PUT\",\"url\":\"/me/contacts/" + enc(id) + "/photo/$value\","
                + "\"headers\":{\"Content-Type\":\"image/jpeg\"},\"body\":\"" + b64 + "\"},"
                + "{\"id\":\"get\",\"method\":\"GET\",\"url\":\"/me/contacts/" + enc(id) + "/photo/$value\","
                + "\"dependsOn\":[\"put\"]},"
                + "{\"id\":\"meta\",\"method\":\"GET\",\"url\":\"/me/contacts/" + enc(id) + "/photo\","
                + "\"dependsOn\":[\"put\"]}]}");
        assertThat(r.get("put").get("status").asInt()).isEqualTo(200);
        assertThat(r.get("get").get("headers").get("Content-Type").asText()).isEqualTo("image/jpeg");
        assertThat(Base64.getDecoder().decode(r.get("get").get("body").asText())).isEqualTo(JPEG);
        assertThat(r.get("meta").get("body").get("width").asInt()).isEqualTo(30);
        assertThat(r.get("meta").get("body").get("height").asInt()).isEqualTo(20);
    }

    @Test
    void subRequestsRunAsTheBatchCaller() {
        store.createMailbox("bob@contoso.test");
        byte[] body = ("{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/me/contacts\"},"
                + "{\"id\":\"2\",\"method\":\"GET\",\"url\":\"/users/bob@contoso.test/contacts\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        ApiResponse r = api.handle(new ApiRequest("POST", "/v1.0/$batch", null, Map.of("Content-Type",
                List.of("application/json")), body, new Principal("daemon", null, true)));
        assertThat(r.status()).isEqualTo(200);
        JsonNode responses = Res.of(r).json().get("responses");
        Map<String, JsonNode> byId = new HashMap<>();
        responses.forEach(x -> byId.put(x.get("id").asText(), x));
        assertThat(byId.get("1").get("status").asInt()).isEqualTo(400);
        assertThat(byId.get("1").get("body").get("error").get("message").asText())
                .isEqualTo("/me request is only valid with delegated authentication flow.");
        assertThat(byId.get("2").get("status").asInt()).isEqualTo(200);
    }

    @Test
    void failuresPropagateAlongDependencyChainsAndOrderFollowsDependencies() {
        Map<String, JsonNode> r = batch("{\"requests\":["
                + "{\"id\":\"c\",\"method\":\"GET\",\"url\":\"/me/contacts\",\"dependsOn\":[\"b\"]},"
                + "{\"id\":\"b\",\"method\":\"DELETE\",\"url\":\"/me/contacts/missing\",\"dependsOn\":[\"a\"]},"
                + "{\"id\":\"a\",\"method\":\"POST\",\"url\":\"me/contactFolders\",\"headers\":{\"Content-Type\":"
                + "\"application/json\"},\"body\":{\"displayName\":\"Made in batch\"}}]}");
        assertThat(r.get("a").get("status").asInt()).isEqualTo(201);
        assertThat(r.get("b").get("status").asInt()).isEqualTo(404);
        assertThat(r.get("c").get("status").asInt()).isEqualTo(424);
        assertThat(store.folderIdByPath(ME, "Made in batch")).isNotNull();
    }

    @Test
    void malformedEnvelopesAreRejectedWhole() {
        assertThat(post("/v1.0/$batch", "not json").status()).isEqualTo(400);
        assertThat(post("/v1.0/$batch", "{\"requests\":[]}").status()).isEqualTo(400);
        assertThat(post("/v1.0/$batch", "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\"}]}").status())
                .isEqualTo(400);
        assertThat(post("/v1.0/$batch", "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/me/contacts\","
                + "\"dependsOn\":[\"9\"]}]}").status()).isEqualTo(400);
        assertThat(post("/v1.0/$batch", "{\"requests\":["
                + "{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/me/contacts\",\"dependsOn\":[\"2\"]},"
                + "{\"id\":\"2\",\"method\":\"GET\",\"url\":\"/me/contacts\",\"dependsOn\":[\"1\"]}]}").status())
                .isEqualTo(400);
        assertThat(post("/v1.0/$batch", "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":"
                + "\"https://graph.microsoft.com/v1.0/me/contacts\"}]}").status()).isEqualTo(400);
        assertThat(get("/v1.0/$batch").status()).isEqualTo(405);
        assertThat(store.journal().size()).isZero();
    }

    @Test
    void twentyRequestsAreFineAndAThrowingPipelineFailsOnlyItsEntry() {
        StringBuilder twenty = new StringBuilder("{\"requests\":[");
        for (int i = 1; i <= 20; i++) {
            twenty.append(i > 1 ? "," : "").append("{\"id\":\"").append(i).append("\",\"method\":\"POST\",")
                    .append("\"url\":\"/me/contacts\",\"headers\":{\"Content-Type\":\"application/json\"},")
                    .append("\"body\":{\"givenName\":\"N").append(i).append("\"}}");
        }
        assertThat(batch(twenty + "]}").values()).allSatisfy(x -> assertThat(x.get("status").asInt())
                .isEqualTo(201));
        assertThat(store.contactCount(ME, store.defaultFolderId(ME))).isEqualTo(20);

        api.setSubRequestPipeline(req -> {
            if (req.rawPath().endsWith("/boom")) {
                throw new IllegalStateException("pipeline failure");
            }
            return api.handle(req);
        });
        Map<String, JsonNode> r = batch("{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/me/boom\"},"
                + "{\"id\":\"2\",\"method\":\"GET\",\"url\":\"/me/contactFolders\"}]}");
        assertThat(r.get("1").get("status").asInt()).isEqualTo(500);
        assertThat(r.get("2").get("status").asInt()).isEqualTo(200);
    }
}
