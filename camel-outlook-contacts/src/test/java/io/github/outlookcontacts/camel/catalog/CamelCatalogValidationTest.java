package io.github.outlookcontacts.camel.catalog;

import java.util.Map;

import io.github.outlookcontacts.camel.OutlookContactsComponent;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.catalog.suggest.CatalogSuggestionStrategy;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Camel's tooling (IDE plugins, JBang, Karavan, route validators) does with the component: load the generated
 * catalog into Camel's own catalog API and validate endpoint URIs with it.
 */
class CamelCatalogValidationTest {

    private CamelCatalog catalog;

    @BeforeEach
    void loadCatalog() {
        catalog = new DefaultCamelCatalog();
        catalog.setSuggestionStrategy(new CatalogSuggestionStrategy());
        catalog.addComponent(GeneratedCatalog.NAME, OutlookContactsComponent.class.getName(), GeneratedCatalog.json());
    }

    private EndpointValidationResult validate(String uri) {
        return catalog.validateEndpointProperties(uri);
    }

    @Test
    void catalogLoadsWithTheComponentsModel() {
        assertThat(catalog.findComponentNames()).contains(GeneratedCatalog.NAME);
        ComponentModel model = catalog.componentModel(GeneratedCatalog.NAME);
        assertThat(model.getScheme()).isEqualTo("outlook-contacts");
        assertThat(model.getSyntax()).isEqualTo("outlook-contacts:operation");
        assertThat(model.getArtifactId()).isEqualTo("camel-outlook-contacts");
        assertThat(model.getEndpointOptions()).extracting(ComponentModel.EndpointOptionModel::getName)
                .contains("operation", "folder", "user", "baseUrl", "accessToken", "stateRepository", "delay");
        assertThat(model.getEndpointHeaders()).extracting(ComponentModel.EndpointHeaderModel::getName)
                .contains("CamelOutlookContactsChangeType", "CamelOutlookContactsOperation");
    }

    @Test
    void validUrisOfEveryKindPass() {
        for (String uri : new String[] {
                "outlook-contacts:sync?folder=Clients/Europe&includeSubfolders=true&pageSize=50&initialSync=changesOnly",
                "outlook-contacts:sync?user=ann@contoso.com&tenantId=contoso.onmicrosoft.com&clientId=app"
                + "&clientSecret=RAW(s3cret)&stateRepository=#contactsState&delay=60000&backoffMultiplier=4"
                + "&backoffErrorThreshold=3",
                "outlook-contacts:upsert?matchOn=email&externalIdProperty=String%20{x}%20Name%20Crm",
                "outlook-contacts:list?filter=surname%20eq%20'Fort'&select=displayName,emailAddresses&streamList=true",
                "outlook-contacts:setUserPhoto?accessToken=RAW(token)&baseUrl=http://127.0.0.1:8089/v1.0",
                "outlook-contacts:getPhoto?maxRetries=0&maxConcurrentRequests=2&connectTimeout=5000" }) {
            EndpointValidationResult result = validate(uri);
            assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
        }
    }

    @Test
    void aMisspelledOptionIsUnknownWithASuggestion() {
        EndpointValidationResult result = validate("outlook-contacts:sync?folderr=Clients&pagesize=10");
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUnknown()).containsExactlyInAnyOrder("folderr", "pagesize");
        Map<String, String[]> suggestions = result.getUnknownSuggestions();
        assertThat(suggestions.get("folderr")).contains("folder");
        assertThat(suggestions.get("pagesize")).contains("pageSize");
        assertThat(result.summaryErrorMessage(false)).contains("folderr").contains("Did you mean: [filter, folder]");
    }

    @Test
    void wrongValuesAreReportedByOption() {
        EndpointValidationResult operation = validate("outlook-contacts:upsertt");
        assertThat(operation.getInvalidEnum()).containsKey("operation");
        assertThat(operation.getInvalidEnumChoices().get("operation")).contains("upsert", "listFolders");

        EndpointValidationResult values = validate(
                "outlook-contacts:sync?initialSync=everything&pageSize=ten&includeSubfolders=maybe");
        assertThat(values.getInvalidEnum()).containsKey("initialSync");
        assertThat(values.getInvalidInteger()).containsKey("pageSize");
        assertThat(values.getInvalidBoolean()).containsKey("includeSubfolders");
    }

    @Test
    void toolingBuildsUrisFromOptionsAndMasksSecrets() throws Exception {
        String uri = catalog.asEndpointUri(GeneratedCatalog.NAME,
                Map.of("operation", "sync", "folder", "Clients", "pageSize", "50"), false);
        assertThat(uri).startsWith("outlook-contacts:sync?").contains("folder=Clients").contains("pageSize=50");
        Map<String, String> parsed = catalog.endpointProperties("outlook-contacts:get?user=ann@contoso.com");
        assertThat(parsed).containsEntry("operation", "get").containsEntry("user", "ann@contoso.com");
        assertThat(catalog.componentModel(GeneratedCatalog.NAME).getEndpointOptions())
                .filteredOn(ComponentModel.EndpointOptionModel::isSecret)
                .extracting(ComponentModel.EndpointOptionModel::getName)
                .contains("clientSecret", "certificatePassword", "accessToken");
    }
}
