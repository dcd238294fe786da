package io.github.outlookcontacts.camel.producer;

import java.util.Map;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.model.validation.ContactValidationException;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every payload and option problem is refused before any HTTP call, with a message naming the field, header or
 * option; the emulator's request counter proves nothing was sent.
 */
class ProducerValidationTest extends EmulatorProducerSupport {

    private Throwable refusedWithoutHttp(String operation, String options, Object body, Map<String, Object> headers) {
        long before = emulator.throttling().totalRequests();
        Throwable error = failure(() -> call(operation, options, body, headers));
        assertThat(emulator.throttling().totalRequests()).as("requests sent").isEqualTo(before);
        return error;
    }

    @Test
    void aContactNeedsANameOrAnEmail() {
        assertThat(refusedWithoutHttp("create", "", Map.of("jobTitle", "CTO"), null))
                .isInstanceOf(ContactValidationException.class)
                .hasMessage("Invalid contact: givenName/surname/displayName/emailAddresses: a contact needs a name"
                            + " (one of givenName, middleName, surname, displayName, nickName, companyName) or an"
                            + " email address (emailAddresses[].address); neither is set");
        assertThat(refusedWithoutHttp("upsert", "", "{\"emailAddresses\":[{\"name\":\"x\"}]}",
                Map.of(OutlookContactsConstants.EXTERNAL_ID, "k1")))
                .hasMessageContaining("emailAddresses[0].address: missing");
    }

    @Test
    void tooManyEntriesNameTheFieldAndGraphsLimit() {
        Map<String, Object> contact = Map.of("givenName", "Ann",
                "emailAddresses", java.util.List.of(Map.of("address", "1@x"), Map.of("address", "2@x"),
                        Map.of("address", "3@x"), Map.of("address", "4@x")),
                "businessPhones", java.util.List.of("1", "2", "3"), "homePhones", java.util.List.of("1", "2", "3"),
                "imAddresses", java.util.List.of("a", "b", "c", "d"));
        assertThat(refusedWithoutHttp("create", "", contact, null))
                .hasMessageContaining("emailAddresses: has 4 entries; Graph allows at most 3")
                .hasMessageContaining("businessPhones: has 3 entries; Graph allows at most 2")
                .hasMessageContaining("homePhones: has 3 entries; Graph allows at most 2")
                .hasMessageContaining("imAddresses: has 4 entries; Graph allows at most 3");
        assertThat(refusedWithoutHttp("update", "", Map.of("businessPhones", java.util.List.of("1", "2", "3")),
                id("some-id"))).hasMessageContaining("businessPhones: has 3 entries");
    }

    @Test
    void unknownPropertyNamesGetASuggestion() {
        // PascalCase names of known properties are Graph's names in another case (accepted, sent camelCase)
        assertThat(refusedWithoutHttp("create", "", "{\"GivenName\":\"Pavel\",\"MobilePhone1\":\"+1\"}", null))
                .hasMessageNotContaining("GivenName")
                .hasMessageContaining("MobilePhone1: not a Graph contact property; did you mean 'mobilePhone'?");
        assertThat(refusedWithoutHttp("update", "", Map.of("jobTilte", "CTO"), id("x")))
                .hasMessageContaining("jobTilte: not a Graph contact property; did you mean 'jobTitle'?");
    }

    @Test
    void aBodyThatIsNotJsonSaysSoWithTheLineAndColumn() throws Exception {
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:import-json").routeId("import-json").errorHandler(noErrorHandler())
                        .to(uri("create", ""));
            }
        });
        long before = emulator.throttling().totalRequests();
        org.apache.camel.Exchange truncated = template.request("direct:import-json",
                e -> e.getMessage().setBody("{\"givenName\": \"Ann\",\n \"surname\": \"Lee\""));
        org.apache.camel.Exchange garbled = template.request("direct:import-json",
                e -> e.getMessage().setBody("{\"givenName\": Ann}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(truncated.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the message body is not valid JSON at line 2, column ")
                .hasMessageContaining("Unexpected end-of-input").hasMessageNotContaining("JsonNode")
                .hasMessageNotContaining("[Source");
        assertThat(garbled.getException()).hasMessageStartingWith("the message body is not valid JSON at line 1,"
                + " column 18: Unrecognized token 'Ann'");
        assertThat(refusedWithoutHttp("update", "", "  ", id("x"))).hasMessageStartingWith("the message body is blank");
        assertThat(emulator.throttling().totalRequests()).as("requests sent").isEqualTo(before);
    }

    @Test
    void aPhotoOfFourMegabytesIsRefusedWithTheClientsMessage() {
        byte[] exactly4Mb = new byte[4 * 1024 * 1024];
        String rule = "Graph accepts photos under 4 MB (at most 4194303 bytes)";
        assertThat(refusedWithoutHttp("setPhoto", "", exactly4Mb, id("x")))
                .isInstanceOf(ContactValidationException.class).hasMessageContaining("4194304 bytes; " + rule);
        assertThat(refusedWithoutHttp("setUserPhoto", "", new java.io.ByteArrayInputStream(new byte[5_000_000]), null))
                .hasMessageContaining("at least 4194304 bytes; " + rule);
        assertThat(io.github.outlookcontacts.graph.PhotoLimit.problem(4 * 1024 * 1024 - 1, false)).isNull();
    }

    @Test
    void aMissingIdNamesTheHeader() {
        for (String op : new String[] { "get", "delete", "getPhoto", "getPhotoMetadata" }) {
            assertThat(refusedWithoutHttp(op, "", null, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(op + " needs the contact id: set the header CamelOutlookContactsContactId");
        }
        assertThat(refusedWithoutHttp("update", "", Map.of("jobTitle", "x"), null))
                .hasMessageContaining("update needs the contact id: set the header CamelOutlookContactsContactId");
        assertThat(refusedWithoutHttp("setPhoto", "", new byte[] { 1 }, null))
                .hasMessageContaining("setPhoto needs the contact id: set the header CamelOutlookContactsContactId");
        assertThat(refusedWithoutHttp("createFolder", "", null, null))
                .hasMessageContaining("set the header CamelOutlookContactsFolderName");
        assertThat(refusedWithoutHttp("deleteFolder", "", null, null))
                .hasMessageContaining("set the header CamelOutlookContactsFolderId or the option folder");
    }

    @Test
    void upsertNeedsAKey() {
        assertThat(refusedWithoutHttp("upsert", "", Map.of("givenName", "Ann"), null))
                .hasMessageContaining("upsert needs a key: set the header CamelOutlookContactsExternalId")
                .hasMessageContaining("matchOn=email");
        assertThat(refusedWithoutHttp("upsert", "matchOn=email", Map.of("givenName", "Ann"), null))
                .hasMessageContaining("emailAddresses: upsert with matchOn=email needs an email address");
    }

    @Test
    void badProducerOptionsFailAtStartNamingTheOption() {
        assertThatThrownBy(() -> template.requestBody(uri("upsert", "matchOn=mail"), "{}"))
                .hasStackTraceContaining("option matchOn='mail' is not valid; use externalId or email");
        assertThatThrownBy(() -> template.requestBody(uri("list", "select=givenName,surnme"), ""))
                .hasStackTraceContaining("option select: 'surnme' is not a Graph contact property")
                .hasStackTraceContaining("'surname'");
        assertThatThrownBy(() -> template.requestBody(uri("sync", ""), ""))
                .hasStackTraceContaining("operation sync is for the consumer");
        assertThatThrownBy(() -> template.requestBody(uri("frobnicate", ""), ""))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasStackTraceContaining("valid operations are: sync, create, get");
    }
}
