package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.MultiValueExtendedProperty;
import io.github.outlookcontacts.model.OpenTypeExtension;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Open extensions (create, read with get?expand, update, delete) and multi-value extended properties on contacts. */
class ExtensionsTest extends EmulatorProducerSupport {

    private static final String TAGS = "StringArray {00020329-0000-0000-C000-000000000046} Name Tags";

    @Test
    void openExtensionsAreCreatedReadUpdatedAndDeleted() {
        Contact c = (Contact) call("create", "", Map.of("givenName", "Ext"), null);
        Map<String, Object> headers = Map.of(OutlookContactsConstants.CONTACT_ID, c.getId(),
                OutlookContactsConstants.EXTENSION_NAME, "com.acme.crm");

        OpenTypeExtension created = (OpenTypeExtension) call("createExtension", "",
                Map.of("tier", "gold", "score", 7, "regions", List.of("eu", "us")), headers);
        assertThat(created.getId()).isEqualTo("Microsoft.OutlookServices.OpenTypeExtension.com.acme.crm");

        OpenTypeExtension read = (OpenTypeExtension) call("getExtension", "", null, headers);
        assertThat(read.getAdditionalProperties().get("score").asInt()).isEqualTo(7);
        String expand = "extensions($filter=id eq '" + created.getId() + "')";
        Contact expanded = (Contact) call("get", "expand=" + encode(expand), c.getId(), null);
        assertThat(expanded.getExtensions()).singleElement()
                .satisfies(x -> assertThat(x.getAdditionalProperties().get("tier").asText()).isEqualTo("gold"));

        OpenTypeExtension updated = (OpenTypeExtension) call("updateExtension", "", "{\"tier\":\"silver\"}",
                headers);
        assertThat(updated.getAdditionalProperties()).containsKey("tier").doesNotContainKey("score");

        call("deleteExtension", "", null, headers);
        assertThat(failure(() -> call("getExtension", "", null, headers))).isInstanceOf(GraphNotFoundException.class);
        assertThat(failure(() -> call("getExtension", "", null, id(c.getId()))))
                .hasMessageContaining("getExtension needs the extension's name: set the header"
                        + " CamelOutlookContactsExtensionName");
        assertThat(failure(() -> call("createExtension", "", Map.of("nested", Map.of("a", 1)), headers)))
                .hasMessageContaining("extension data 'nested': Graph stores primitive values and arrays of them");
    }

    @Test
    void multiValueExtendedPropertiesAreWrittenAndReadBack() {
        Contact c = (Contact) call("create", "", Map.of("givenName", "Multi", "multiValueExtendedProperties",
                List.of(Map.of("id", TAGS, "value", List.of("vip", "eu")))), null);
        String expand = encode("multiValueExtendedProperties($filter=id eq '" + TAGS + "')");
        Contact read = (Contact) call("get", "expand=" + expand, c.getId(), null);
        assertThat(read.getMultiValueExtendedProperties()).extracting(MultiValueExtendedProperty::getValue)
                .containsExactly(List.of("vip", "eu"));

        Contact patch = new Contact();
        patch.setMultiValueExtendedProperties(List.of(new MultiValueExtendedProperty(TAGS, List.of("churned"))));
        call("update", "", patch, id(c.getId()));
        List<Contact> listed = list("expand=" + expand + "&filter=" + encode("givenName eq 'Multi'"));
        assertThat(listed).singleElement().satisfies(x -> assertThat(x.getMultiValueExtendedProperties())
                .extracting(MultiValueExtendedProperty::getValue).containsExactly(List.of("churned")));
        assertThatThrownBy(() -> call("get", "expand=photo", c.getId(), null)).as("refused at start")
                .hasStackTraceContaining("Invalid value 'photo' in option expand");
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
