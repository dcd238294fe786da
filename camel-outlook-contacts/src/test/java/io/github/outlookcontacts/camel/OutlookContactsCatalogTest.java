package io.github.outlookcontacts.camel;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generated catalog is the user's documentation: every option and header must carry a description, secrets must
 * be marked, and the component must load under its scheme.
 */
class OutlookContactsCatalogTest {

    private static final String CATALOG = "META-INF/io/github/outlookcontacts/camel/outlook-contacts.json";
    private static final String BASELINE = "catalog/outlook-contacts-options-baseline.json";

    private JsonNode catalog() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CATALOG)) {
            assertThat(in).as("generated catalog " + CATALOG).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /**
     * The options as they were before the configuration was split into groups: every name, and for each its kind,
     * type, default, label, group, secret flag and description. New options may be added; none may be lost or
     * changed.
     */
    @Test
    void everyOptionKeepsItsNameAndAttributes() throws Exception {
        JsonNode catalog = catalog();
        JsonNode baseline;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BASELINE)) {
            baseline = new ObjectMapper().readTree(in);
        }
        for (String section : List.of("componentProperties", "properties", "headers")) {
            assertThat(baseline.get(section).size()).as(section).isGreaterThan(10);
            baseline.get(section).fields().forEachRemaining((Map.Entry<String, JsonNode> option) -> {
                JsonNode now = catalog.get(section).get(option.getKey());
                assertThat(now).as(section + "." + option.getKey() + " is in the catalog").isNotNull();
                option.getValue().fields().forEachRemaining((Map.Entry<String, JsonNode> attribute) -> assertThat(
                        now.get(attribute.getKey())).as(section + "." + option.getKey() + "." + attribute.getKey())
                        .isEqualTo(attribute.getValue()));
            });
        }
    }

    @Test
    void optionGroupsAreFlattenedNotOptionsThemselves() throws Exception {
        JsonNode catalog = catalog();
        for (String section : List.of("componentProperties", "properties")) {
            catalog.get(section).fields().forEachRemaining((Map.Entry<String, JsonNode> e) -> assertThat(
                    e.getValue().path("javaType").asText()).as(section + "." + e.getKey())
                    .doesNotEndWith("ConnectionConfiguration").doesNotEndWith("AuthenticationConfiguration")
                    .doesNotEndWith("ConsumerConfiguration").doesNotEndWith("ProducerConfiguration"));
        }
        assertThat(catalog.get("properties").get("clientSecret").path("configurationField").asText())
                .isEqualTo("authenticationConfiguration");
    }

    /** The operation list is written once, in the enum: the catalog's values and the description follow it. */
    @Test
    void theOperationOptionListsTheEnumsOperationsInOrder() throws Exception {
        JsonNode operation = catalog().get("properties").get("operation");
        List<String> names = Arrays.stream(OutlookContactsOperation.values()).map(Enum::name).toList();
        assertThat(operation.get("enum")).extracting(JsonNode::asText).containsExactlyElementsOf(names);
        String described = names.get(0) + " (consumer) or a producer operation ("
                           + String.join(", ", names.subList(1, names.size())) + ")";
        assertThat(operation.get("description").asText()).contains(described);
    }

    @Test
    void everyOptionAndHeaderIsDescribed() throws Exception {
        JsonNode catalog = catalog();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            catalog.get(section).fields().forEachRemaining((Map.Entry<String, JsonNode> e) -> assertThat(
                    e.getValue().path("description").asText()).as(section + "." + e.getKey()).isNotBlank());
        }
    }

    @Test
    void credentialsAreSecretAndLabelledSecurity() throws Exception {
        JsonNode props = catalog().get("properties");
        for (String secret : List.of("clientSecret", "certificatePassword", "accessToken")) {
            assertThat(props.get(secret).path("secret").asBoolean()).as(secret + " secret").isTrue();
            assertThat(props.get(secret).path("label").asText()).as(secret + " label").contains("security");
        }
    }

    @Test
    void contractHeadersAreInTheCatalog() throws Exception {
        JsonNode headers = catalog().get("headers");
        assertThat(headers.has("CamelOutlookContactsOperation")).isTrue();
        for (String h : List.of("ChangeType", "ContactId", "ChangeKey", "FolderId", "User", "RemovedReason", "ETag",
                "ExternalId", "FolderName", "UpsertResult")) {
            assertThat(headers.has("CamelOutlookContactsHeader".replace("Header", h))).as(h).isTrue();
        }
    }

    @Test
    void componentLoadsUnderItsSchemeAndRejectsUnknownOperations() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            assertThat(context.getComponent("outlook-contacts")).isInstanceOf(OutlookContactsComponent.class);
            OutlookContactsEndpoint endpoint = context.getEndpoint("outlook-contacts:list?folder=Clients%2FEurope",
                    OutlookContactsEndpoint.class);
            assertThat(endpoint.getConfiguration().getOperation()).isEqualTo(OutlookContactsOperation.list);
            assertThat(endpoint.getConfiguration().getFolder()).isEqualTo("Clients/Europe");
            assertThatThrownBy(() -> context.getEndpoint("outlook-contacts:upsertt"))
                    .hasStackTraceContaining("Unknown operation 'upsertt'")
                    .hasStackTraceContaining("listFolders");
        }
    }

    @Test
    void endpointsCopyTheComponentConfiguration() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            OutlookContactsComponent component = new OutlookContactsComponent();
            component.getConfiguration().setUser("shared@contoso.com");
            context.addComponent("outlook-contacts", component);
            OutlookContactsEndpoint a = context.getEndpoint("outlook-contacts:get?user=a@contoso.com",
                    OutlookContactsEndpoint.class);
            OutlookContactsEndpoint b = context.getEndpoint("outlook-contacts:get", OutlookContactsEndpoint.class);
            assertThat(a.getConfiguration().getUser()).isEqualTo("a@contoso.com");
            assertThat(b.getConfiguration().getUser()).isEqualTo("shared@contoso.com");
            assertThat(component.getConfiguration().getUser()).isEqualTo("shared@contoso.com");
        }
    }
}
