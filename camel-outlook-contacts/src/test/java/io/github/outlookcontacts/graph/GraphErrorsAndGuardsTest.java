package io.github.outlookcontacts.graph;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.model.GraphJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphErrorsAndGuardsTest {

    @Test
    void mapsStatusesAndCodesToExceptions() {
        assertThat(GraphErrorMapper.of(404, "ErrorItemNotFound", "gone", "r1", null, "GET x"))
                .isInstanceOf(GraphNotFoundException.class)
                .hasMessageContaining("404").hasMessageContaining("ErrorItemNotFound").hasMessageContaining("r1");
        assertThat(GraphErrorMapper.of(412, "ErrorIrresolvableConflict", "stale", null, null, "PATCH x"))
                .isInstanceOf(GraphConflictException.class);
        assertThat(GraphErrorMapper.of(410, null, null, null, null, "GET x")).isInstanceOf(SyncStateGoneException.class);
        assertThat(GraphErrorMapper.of(400, "syncStateNotFound", "expired", null, null, "GET x"))
                .isInstanceOf(SyncStateGoneException.class);
        assertThat(GraphErrorMapper.of(400, "ResyncRequired", "expired", null, null, "GET x"))
                .isInstanceOf(SyncStateGoneException.class);
        assertThat(GraphErrorMapper.of(429, "ApplicationThrottled", "slow down", null, "7", "GET x"))
                .isInstanceOf(GraphThrottledException.class).hasMessageContaining("Retry-After 7");
        assertThat(GraphErrorMapper.of(503, null, null, null, null, "GET x")).isInstanceOf(GraphThrottledException.class);
        assertThat(GraphErrorMapper.of(504, null, null, null, null, "GET x")).isInstanceOf(GraphThrottledException.class);
        GraphException other = GraphErrorMapper.of(400, "BadRequest", "Badly formed token", "r2", null, "GET x");
        assertThat(other.getClass()).isEqualTo(GraphException.class);
        assertThat(other.getStatus()).isEqualTo(400);
        assertThat(other.getErrorCode()).isEqualTo("BadRequest");
        assertThat(other.getRequestId()).isEqualTo("r2");
    }

    @Test
    void linkGuardRefusesOtherOrigins() {
        LinkGuard guard = new LinkGuard(URI.create("https://graph.microsoft.com/v1.0"));
        assertThat(guard.check("https://graph.microsoft.com/v1.0/me/contacts/delta?$skiptoken=x", "l"))
                .hasHost("graph.microsoft.com");
        assertThat(guard.check("https://GRAPH.microsoft.com:443/v1.0/x", "l")).isNotNull();
        for (String bad : List.of("https://evil.example/v1.0/me/contacts?$skiptoken=x",
                "http://graph.microsoft.com/v1.0/x", "https://graph.microsoft.com:8443/v1.0/x",
                "https://graph.microsoft.com.evil.example/v1.0/x", "/v1.0/me/contacts", "https://user@evil/x",
                "ht tp://x")) {
            assertThatThrownBy(() -> guard.check(bad, "@odata.nextLink")).as(bad)
                    .isInstanceOf(UntrustedLinkException.class).hasMessageNotContaining("skiptoken=x");
        }
    }

    @Test
    void batchRequestsAreCheckedBeforeSending() {
        BatchCodec codec = new BatchCodec();
        JsonNode body = GraphJson.readTree("{\"givenName\":\"A\"}");
        JsonNode encoded = codec.encode(List.of(
                new BatchRequest("1", "post", "/me/contacts", null, body, null),
                new BatchRequest("2", "DELETE", "/me/contacts/x", Map.of("If-Match", "W/\"k\""), null, List.of("1"))));
        assertThat(encoded).isEqualTo(GraphJson.readTree("""
                {"requests":[
                  {"id":"1","method":"POST","url":"/me/contacts","headers":{"Content-Type":"application/json"},
                   "body":{"givenName":"A"}},
                  {"id":"2","method":"DELETE","url":"/me/contacts/x","headers":{"If-Match":"W/\\"k\\""},
                   "dependsOn":["1"]}]}"""));

        for (String url : List.of("https://evil/me/contacts", "me/contacts", "//evil/x", "/x?u=http://evil")) {
            assertThatThrownBy(() -> codec.encode(List.of(new BatchRequest("1", "GET", url, null, null, null))))
                    .as(url).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
        }
        assertThatThrownBy(() -> codec.encode(java.util.Collections.nCopies(21,
                new BatchRequest("1", "GET", "/me", null, null, null)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20");
        assertThatThrownBy(() -> codec.encode(List.of(new BatchRequest("1", "GET", "/me", null, null, null),
                new BatchRequest("1", "GET", "/me", null, null, null)))).hasMessageContaining("unique");
    }

    @Test
    void batchResponsesDecodeJsonAndBase64Bodies() {
        String b64 = java.util.Base64.getEncoder().encodeToString("{\"id\":\"c9\"}".getBytes());
        List<BatchResponse> responses = new BatchCodec().decode(GraphJson.readTree("""
                {"responses":[
                  {"id":"2","status":201,"headers":{"content-type":"application/json"},"body":{"id":"c1"}},
                  {"id":"1","status":429,"headers":{"Retry-After":"7"},"body":{"error":{"code":"ApplicationThrottled"}}},
                  {"id":"3","status":200,"headers":{"Content-Type":"application/json"},"body":"%s"},
                  {"id":"4","status":200,"headers":{"Content-Type":"image/jpeg"},"body":"AAEC"},
                  {"id":"5","status":204}]}""".formatted(b64)));
        assertThat(responses).extracting(BatchResponse::id).containsExactly("2", "1", "3", "4", "5");
        assertThat(responses.get(0).body().path("id").asText()).isEqualTo("c1");
        assertThat(responses.get(1).header("retry-after")).isEqualTo("7");
        assertThat(responses.get(1).isSuccess()).isFalse();
        assertThat(responses.get(2).body().path("id").asText()).isEqualTo("c9");
        assertThat(responses.get(3).body().asText()).isEqualTo("AAEC");
        assertThat(responses.get(4).body()).isNull();
    }
}
