package io.github.outlookcontacts.camel;

import java.io.InputStream;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel tooling (catalogs, JBang, IDE plugins) discovers the components of a jar from
 * {@code META-INF/services/org/apache/camel/component.properties}, generated at build time like in Camel's own jars.
 */
class ComponentDiscoveryTest {

    private static Properties componentList() throws Exception {
        try (InputStream in = ComponentDiscoveryTest.class.getClassLoader()
                .getResourceAsStream("META-INF/services/org/apache/camel/component.properties")) {
            assertThat(in).as("component.properties on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        }
    }

    @Test
    void theComponentListNamesTheSchemeAndTheArtifact() throws Exception {
        Properties list = componentList();
        assertThat(list.getProperty("components")).isEqualTo("outlook-contacts");
        assertThat(list.getProperty("projectName")).isEqualTo("Outlook Contacts for Apache Camel :: Component");
        assertThat(list.getProperty("projectDescription")).contains("Microsoft Graph");
        assertThat(list.getProperty("version")).isNotBlank();
        JsonNode catalog;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "META-INF/io/github/outlookcontacts/camel/outlook-contacts.json")) {
            catalog = new ObjectMapper().readTree(in).path("component");
        }
        assertThat(list.getProperty("groupId")).isEqualTo(catalog.path("groupId").asText());
        assertThat(list.getProperty("artifactId")).isEqualTo(catalog.path("artifactId").asText());
        assertThat(list.getProperty("version")).isEqualTo(catalog.path("version").asText());
    }

    @Test
    void everyListedComponentLoadsByItsScheme() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            for (String scheme : componentList().getProperty("components").split(" ")) {
                assertThat(camel.getComponent(scheme)).as(scheme).isInstanceOf(OutlookContactsComponent.class);
            }
        }
    }
}
