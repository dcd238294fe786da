package io.github.outlookcontacts.connect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outlookcontacts.emulator.GraphEmulator;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code value.schema.enable=true}: a task synced from the emulator writes Structs with the fixed contact schema;
 * through {@link JsonConverter} with {@code schemas.enable=true} a full contact round-trips unchanged, its dates are
 * Timestamps, and a delete is still a tombstone (null bytes).
 */
class ContactStructTest {

    private static final String USER = "schema@contoso.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphEmulator emulator;
    private OutlookContactsSourceTask task;
    private final JsonConverter converter = new JsonConverter();

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().port(0).build().start();
        converter.configure(Map.of("schemas.enable", "true"), false);
    }

    @AfterEach
    void stop() {
        if (task != null) {
            task.stop();
        }
        emulator.close();
    }

    @Test
    void aFullContactRoundTripsThroughJsonWithSchemasAndADeleteIsATombstone() throws Exception {
        String folderId = emulator.store().ensureFolderPath(USER, "Typed");
        String id = emulator.store().createContact(USER, folderId, """
                {"displayName":"Ada Lovelace","givenName":"Ada","surname":"Lovelace","jobTitle":"Analyst",
                 "companyName":"Analytical Engines","birthday":"1815-12-10T00:00:00Z","personalNotes":"first",
                 "categories":["VIP","Math"],"children":["Byron"],"imAddresses":["sip:ada@example.com"],
                 "businessPhones":["+44 20 1234"],"mobilePhone":"+44 7700 900000",
                 "emailAddresses":[{"name":"Ada","address":"ada@example.com"},{"address":"a.l@example.org"}],
                 "homeAddress":{"street":"12 St James's Square","city":"London","postalCode":"SW1Y 4JH",
                                "countryOrRegion":"United Kingdom"}}""").id();
        task = task();
        List<SourceRecord> created = contacts(pollUntilRecords());
        assertThat(created).hasSize(1);
        SourceRecord record = created.get(0);
        assertThat(record.valueSchema()).isEqualTo(ContactStruct.SCHEMA);
        Struct value = (Struct) record.value();
        value.validate();

        byte[] bytes = converter.fromConnectData("contacts", record.valueSchema(), value);
        JsonNode json = JSON.readTree(bytes);
        assertThat(json.path("schema").path("name").asText()).isEqualTo("io.github.outlookcontacts.Contact");
        JsonNode payload = json.path("payload");
        assertThat(payload.path("id").asText()).isEqualTo(id);
        assertThat(payload.path("emailAddresses").get(1).path("address").asText()).isEqualTo("a.l@example.org");
        assertThat(payload.path("homeAddress").path("city").asText()).isEqualTo("London");
        assertThat(payload.path("birthday").asLong()).as("a Timestamp: epoch milliseconds")
                .isEqualTo(java.time.Instant.parse(emulator.store().getContact(USER, id).properties().path("birthday")
                        .asText()).toEpochMilli());
        assertThat(payload.path("categories")).hasSize(2);
        assertThat(payload.path("etag").asText()).isNotEmpty();

        SchemaAndValue back = converter.toConnectData("contacts", bytes);
        assertThat(back.value()).isEqualTo(value);
        Struct roundTripped = (Struct) back.value();
        assertThat(roundTripped.getStruct("homeAddress").getString("postalCode")).isEqualTo("SW1Y 4JH");
        assertThat(roundTripped.getArray("emailAddresses")).hasSize(2);
        assertThat(roundTripped.get("lastModifiedDateTime")).isInstanceOf(java.util.Date.class);

        emulator.store().deleteContact(USER, id);
        Thread.sleep(150);
        SourceRecord tombstone = contacts(pollUntilRecords()).get(0);
        assertThat(tombstone.key()).isEqualTo(id);
        assertThat(tombstone.value()).isNull();
        assertThat(converter.fromConnectData("contacts", tombstone.valueSchema(), tombstone.value()))
                .as("null bytes: a tombstone").isNull();
    }

    @Test
    void propertiesOutsideTheSchemaAreKeptAsJsonText() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("id", "c1");
        contact.put("displayName", "X");
        contact.put("createdDateTime", "not a date");
        contact.put("extensions", List.of(Map.of("extensionName", "com.contoso.crm", "tier", 2)));
        contact.put("@odata.type", "#microsoft.graph.contact");
        Struct s = ContactStruct.of(contact);
        s.validate();
        Map<String, String> additional = s.getMap(ContactStruct.ADDITIONAL).entrySet().stream().collect(
                java.util.stream.Collectors.toMap(e -> (String) e.getKey(), e -> (String) e.getValue()));
        assertThat(additional).containsEntry("createdDateTime", "\"not a date\"")
                .containsEntry("@odata.type", "\"#microsoft.graph.contact\"").containsKey("extensions");
        assertThat(additional.get("extensions")).contains("com.contoso.crm", "\"tier\":2");
        assertThat(s.get("createdDateTime")).isNull();
        byte[] bytes = converter.fromConnectData("contacts", ContactStruct.SCHEMA, s);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("additionalProperties");
        assertThat(converter.toConnectData("contacts", bytes).value()).isEqualTo(s);
    }

    private OutlookContactsSourceTask task() {
        Map<String, String> props = new HashMap<>();
        props.put("topic", "contacts");
        props.put("mailboxes", USER);
        props.put("folders", "Typed");
        props.put("poll.interval.ms", "100");
        props.put("value.schema.enable", "true");
        props.put("graph.base.url", emulator.baseUrl());
        props.put("access.token", "t");
        OutlookContactsSourceConnector connector = new OutlookContactsSourceConnector();
        connector.start(props);
        Map<String, String> taskProps = connector.taskConfigs(1).get(0);
        OutlookContactsSourceTask started = new OutlookContactsSourceTask();
        started.initialize(new SourceTaskContext() {
            @Override
            public Map<String, String> configs() {
                return taskProps;
            }

            @Override
            public OffsetStorageReader offsetStorageReader() {
                return new NoOffsets();
            }

            @Override
            public org.apache.kafka.common.metrics.PluginMetrics pluginMetrics() {
                return null;
            }
        });
        started.start(taskProps);
        return started;
    }

    private List<SourceRecord> pollUntilRecords() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<SourceRecord> records = task.poll();
            if (records != null && !contacts(records).isEmpty()) {
                return records;
            }
        }
        throw new AssertionError("no records within 50 polls");
    }

    private static List<SourceRecord> contacts(List<SourceRecord> records) {
        return new ArrayList<>(records.stream().filter(r -> r.topic().equals("contacts")).toList());
    }

    /** A partition never synced: nothing committed. */
    private static final class NoOffsets implements OffsetStorageReader {
        @Override
        public <T> Map<String, Object> offset(Map<String, T> partition) {
            return null;
        }

        @Override
        public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
            return Map.of();
        }
    }
}
