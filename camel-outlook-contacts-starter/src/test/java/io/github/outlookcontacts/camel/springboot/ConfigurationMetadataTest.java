package io.github.outlookcontacts.camel.springboot;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an IDE completes is what the component has: every component option of the catalog is a Spring Boot property
 * with the catalog's description and default, and there is no property the component does not have.
 */
class ConfigurationMetadataTest {

    private static final String CATALOG = "META-INF/io/github/outlookcontacts/camel/outlook-contacts.json";
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final String PREFIX = "camel.component.outlook-contacts.";

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** camelCase option name to Spring's kebab-case property name. */
    static String kebab(String option) {
        return option.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    @Test
    void everyComponentOptionIsAPropertyWithTheCatalogsDescriptionAndDefault() throws Exception {
        JsonNode options = read(CATALOG).get("componentProperties");
        Map<String, JsonNode> properties = new HashMap<>();
        read(METADATA).get("properties").forEach(p -> properties.put(p.get("name").asText(), p));

        assertThat(options.size()).isPositive();
        for (Map.Entry<String, JsonNode> option : options.properties()) {
            String name = PREFIX + kebab(option.getKey());
            JsonNode meta = option.getValue();
            assertThat(properties).as("Spring Boot property for catalog option " + option.getKey()).containsKey(name);
            JsonNode property = properties.get(name);
            assertThat(words(property.path("description").asText())).as(name)
                    .startsWith(words(meta.get("description").asText()));
            if (meta.hasNonNull("defaultValue") && !"object".equals(meta.path("type").asText())) {
                assertThat(property.path("defaultValue").asText()).as(name + " default")
                        .isEqualTo(meta.get("defaultValue").asText());
            }
        }
        // Nothing else but the two switches every Camel starter has.
        assertThat(properties.keySet()).allSatisfy(name -> assertThat(
                name.equals(PREFIX + "enabled") || name.equals(PREFIX + "customizer.enabled")
                || options.has(camel(name.substring(PREFIX.length())))).as(name).isTrue());
    }

    @Test
    void enumOptionsOfferTheirValues() throws Exception {
        Map<String, JsonNode> hints = new HashMap<>();
        read(METADATA).path("hints").forEach(h -> hints.put(h.get("name").asText(), h));
        int enums = 0;
        for (Map.Entry<String, JsonNode> option : read(CATALOG).get("componentProperties").properties()) {
            if (option.getValue().has("enum")) {
                enums++;
                String name = PREFIX + kebab(option.getKey());
                assertThat(hints).as("value hints of " + name).containsKey(name);
                assertThat(hints.get(name).get("values").findValuesAsText("value"))
                        .containsExactlyElementsOf(toList(option.getValue().get("enum")));
            }
        }
        assertThat(enums).as("enum options in the catalog").isPositive();
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }
}
