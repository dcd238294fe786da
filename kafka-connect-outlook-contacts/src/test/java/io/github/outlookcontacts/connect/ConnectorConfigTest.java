package io.github.outlookcontacts.connect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The connectors' configuration: documented keys, per-key errors from validate(), partitions spread over tasks. */
class ConnectorConfigTest {

    private final OutlookContactsSourceConnector source = new OutlookContactsSourceConnector();
    private final OutlookContactsSinkConnector sink = new OutlookContactsSinkConnector();

    @Test
    void everyKeyIsDocumentedAndSecretsArePasswords() {
        for (ConfigDef def : List.of(SourceConfig.DEF, SinkConfig.DEF)) {
            def.configKeys().values().stream().filter(k -> !k.internalConfig)
                    .forEach(k -> assertThat(k.documentation).as(k.name).isNotBlank());
            for (String secret : List.of("client.secret", "certificate.password", "access.token")) {
                assertThat(def.configKeys().get(secret).type).isEqualTo(ConfigDef.Type.PASSWORD);
            }
        }
    }

    @Test
    void validateNamesTheKeyAndTheAllowedValues() {
        Map<String, String> props = sourceProps();
        props.put("initial.sync", "everything");
        props.put("change.types", "created,moved");
        props.put("page.size", "500");
        Map<String, List<String>> errors = errors(source.validate(props));
        assertThat(errors.get("initial.sync")).singleElement().asString().contains("everything", "full", "changesOnly");
        assertThat(errors.get("change.types")).singleElement().asString()
                .contains("moved", "created, updated, deleted");
        assertThat(errors.get("page.size")).singleElement().asString().contains("500", "200");
    }

    @Test
    void validateReportsMissingCredentialsAndPlainHttpOnTheirKeys() {
        Map<String, String> props = sourceProps();
        props.remove("access.token");
        assertThat(errors(source.validate(props)).get("access.token")).singleElement().asString()
                .contains("no credentials", "access.token", "client.secret", "certificate.path");

        props = sourceProps();
        props.put("graph.base.url", "http://graph.example.com/v1.0");
        assertThat(errors(source.validate(props)).get("graph.base.url")).singleElement().asString()
                .contains("graph.base.url must use https");

        props = sourceProps();
        props.remove("access.token");
        props.put("client.id", "app");
        props.put("client.secret", "s3cret-value");
        assertThat(errors(source.validate(props)).get("tenant.id")).singleElement().asString()
                .contains("tenant.id is required").doesNotContain("s3cret-value");
    }

    @Test
    void sinkValidatesMatchOnAndTheExternalIdProperty() {
        Map<String, String> props = new HashMap<>(Map.of("mailbox", "a@contoso.com", "access.token", "t",
                "match.on", "name", "external.id.property", "Integer 0x1234"));
        Map<String, List<String>> errors = errors(sink.validate(props));
        assertThat(errors.get("match.on")).singleElement().asString().contains("name", "externalId", "email");
        assertThat(errors.get("external.id.property")).singleElement().asString().contains("String single-value");
        assertThat(errors(sink.validate(new HashMap<>(Map.of("access.token", "t")))).get("mailbox"))
                .singleElement().asString().contains("mailbox");
    }

    @Test
    void partitionsAreSpreadOverTasksEvenly() {
        Map<String, String> props = sourceProps();
        props.put("mailboxes", "a@contoso.com,b@contoso.com,c@contoso.com");
        props.put("folders", "Clients/Europe,Suppliers");
        source.start(props);
        List<Map<String, String>> tasks = source.taskConfigs(4);
        assertThat(tasks).hasSize(4);
        List<List<FolderPartition>> shares = tasks.stream().map(t -> new SourceConfig(t).taskPartitions()).toList();
        assertThat(shares).allSatisfy(share -> assertThat(share.size()).isBetween(1, 2));
        assertThat(shares.stream().flatMap(List::stream).collect(Collectors.toSet()))
                .hasSize(6).contains(new FolderPartition("b@contoso.com", "Clients/Europe"));
        assertThat(source.taskConfigs(10)).hasSize(6);
    }

    private static Map<String, String> sourceProps() {
        Map<String, String> props = new HashMap<>();
        props.put("topic", "contacts");
        props.put("mailboxes", "a@contoso.com");
        props.put("access.token", "token");
        props.put("graph.base.url", "http://127.0.0.1:1/v1.0");
        return props;
    }

    private static Map<String, List<String>> errors(Config config) {
        return config.configValues().stream().filter(v -> !v.errorMessages().isEmpty())
                .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }
}
