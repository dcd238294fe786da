package io.github.outlookcontacts.camel.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders the options and headers tables of the component page from the catalog, in the layout of Camel's component
 * pages. Each table is a section between {@code // <name>: START} and {@code // <name>: END} markers.
 */
final class ComponentDocTables {

    private final JsonNode catalog;

    ComponentDocTables(JsonNode catalog) {
        this.catalog = catalog;
    }

    /** Section name to its generated content, in page order. */
    Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("component options", componentOptions());
        sections.put("endpoint options", endpointOptions());
        sections.put("component headers", headers());
        return sections;
    }

    private String componentOptions() {
        JsonNode options = catalog.get("componentProperties");
        StringBuilder out = new StringBuilder("=== Component Options\n\n");
        out.append("The ").append(title()).append(" component supports ").append(options.size())
                .append(" options, which are listed below. In Spring Boot they are the properties")
                .append(" `camel.component.outlook-contacts.<name>` (names in kebab-case).\n\n");
        table(out, options);
        return out.toString();
    }

    private String endpointOptions() {
        List<Map.Entry<String, JsonNode>> path = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> query = new ArrayList<>();
        catalog.get("properties").properties()
                .forEach(e -> ("path".equals(e.getValue().path("kind").asText()) ? path : query).add(e));
        StringBuilder out = new StringBuilder("=== Endpoint Options\n\n");
        out.append("The ").append(title()).append(" endpoint is configured using URI syntax:\n\n----\n")
                .append(catalog.get("component").get("syntax").asText()).append("\n----\n\n");
        out.append("With the following path and query parameters:\n\n");
        out.append("==== Path Parameters (").append(path.size()).append(" parameters)\n\n");
        table(out, path);
        out.append("\n==== Query Parameters (").append(query.size()).append(" parameters)\n\n");
        table(out, query);
        return out.toString();
    }

    private String headers() {
        JsonNode headers = catalog.get("headers");
        StringBuilder out = new StringBuilder("=== Message Headers\n\n");
        out.append("The ").append(title()).append(" component supports ").append(headers.size())
                .append(" message headers, which are listed below:\n\n");
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        headers.properties().forEach(e -> out.append("| *").append(e.getKey()).append("* (").append(group(e.getValue()))
                .append(")\n\nConstant: `").append(constant(e.getValue())).append("` | ")
                .append(cell(description(e.getValue()))).append(" | ").append(cell(e.getValue().path("defaultValue")
                        .asText())).append(" | ").append(type(e.getValue())).append('\n'));
        return out.append("|===\n").toString();
    }

    private static void table(StringBuilder out, JsonNode options) {
        table(out, new ArrayList<>(options.properties()));
    }

    private static void table(StringBuilder out, List<Map.Entry<String, JsonNode>> rows) {
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode option = row.getValue();
            out.append("| *").append(row.getKey()).append("* (").append(group(option)).append(") | ");
            if (option.path("required").asBoolean()) {
                out.append("*Required* ");
            }
            out.append(cell(description(option))).append(" | ").append(cell(option.path("defaultValue").asText()))
                    .append(" | ").append(type(option)).append('\n');
        }
        out.append("|===\n");
    }

    private String title() {
        return catalog.get("component").get("title").asText();
    }

    private static String group(JsonNode option) {
        return option.path("group").asText("common");
    }

    private static String description(JsonNode option) {
        StringBuilder text = new StringBuilder(option.path("description").asText());
        if (option.has("enum")) {
            List<String> values = new ArrayList<>();
            option.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
            text.append(" Enum values: ").append(String.join(", ", values)).append('.');
        }
        if ("object".equals(option.path("type").asText()) && !"header".equals(option.path("kind").asText())) {
            text.append(" The option is a: `").append(option.get("javaType").asText()).append("` type.");
        }
        if (option.path("secret").asBoolean()) {
            text.append(" This option is a secret: Camel masks it in logged URIs.");
        }
        return text.toString().strip();
    }

    /** The short Java type, as Camel's pages show it. */
    private static String type(JsonNode option) {
        String javaType = option.path("javaType").asText();
        int generic = javaType.indexOf('<');
        String raw = generic < 0 ? javaType : javaType.substring(0, generic);
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private static String constant(JsonNode header) {
        String constant = header.path("constantName").asText();
        int hash = constant.indexOf('#');
        return hash < 0 ? constant : constant.substring(constant.lastIndexOf('.', hash) + 1).replace('#', '.');
    }

    /** A table cell: a pipe would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
