package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.sync.FieldChange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * diff=fields and diff=values against the emulator: each edit made there, one field type at a time (strings, lists,
 * email addresses, addresses, dates, a cleared field, the photo), comes as an updated exchange whose
 * CamelOutlookContactsChangedFields names exactly that field; an edit that changes nothing visible is not emitted.
 */
class TwoWayDiffTest extends SyncEmulatorSupport {

    private static final String FULL = "{\"givenName\":\"Ann\",\"surname\":\"Lee\",\"jobTitle\":\"CEO\","
            + "\"categories\":[\"Blue\"],\"emailAddresses\":[{\"address\":\"ann@example.com\",\"name\":\"Ann\"}],"
            + "\"homeAddress\":{\"city\":\"Oslo\",\"street\":\"Main 1\"},\"birthday\":\"1980-01-02T00:00:00Z\","
            + "\"businessPhones\":[\"+47 1\"],\"personalNotes\":\"likes tea\"}";

    private final List<Map<String, Object>> updates = Collections.synchronizedList(new ArrayList<>());

    private void start(String options) throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(syncUri("folder=Clients&" + options)).routeId("sync").process(exchange -> {
                    if ("updated".equals(exchange.getIn().getHeader(OutlookContactsConstants.CHANGE_TYPE))) {
                        updates.add(exchange.getIn().getHeaders());
                    }
                }).process(recorder());
            }
        });
        camel.start();
    }

    private Map<String, Object> nextUpdate(int index) {
        await(() -> updates.size() > index, Duration.ofSeconds(10), () -> "update " + index);
        return updates.get(index);
    }

    @SuppressWarnings("unchecked")
    private List<String> changedFields(int index) {
        return (List<String>) nextUpdate(index).get(OutlookContactsConstants.CHANGED_FIELDS);
    }

    @Test
    void everyFieldTypeIsNamedExactly() throws Exception {
        String clients = folder("Clients");
        ContactEntry ann = store.createContact(USER, clients, FULL);
        start("diff=fields&diffPhoto=true");
        awaitRouteMatchesStore(clients);

        // field edited -> the fields Graph then sends changed (it derives primaryEmailAddress from emailAddresses)
        Map<String, List<String>> expected = Map.of("emailAddresses", List.of("emailAddresses", "primaryEmailAddress"));
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("jobTitle", "{\"jobTitle\":\"CTO\"}");
        edits.put("categories", "{\"categories\":[\"Blue\",\"Red\"]}");
        edits.put("emailAddresses", "{\"emailAddresses\":[{\"address\":\"ann@corp.example\",\"name\":\"Ann\"}]}");
        edits.put("homeAddress", "{\"homeAddress\":{\"city\":\"Bergen\",\"street\":\"Main 1\"}}");
        edits.put("birthday", "{\"birthday\":\"1980-01-03T00:00:00Z\"}");
        edits.put("businessPhones", "{\"businessPhones\":[]}");
        edits.put("personalNotes", "{\"personalNotes\":null}");
        int i = 0;
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            store.updateContact(USER, ann.id(), edit.getValue());
            assertThat(changedFields(i++)).as(edit.getKey())
                    .containsExactlyElementsOf(expected.getOrDefault(edit.getKey(), List.of(edit.getKey())));
        }
        store.setContactPhoto(USER, ann.id(), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2 },
                "image/jpeg");
        assertThat(changedFields(i++)).containsExactly("photo");
        store.updateContact(USER, ann.id(), "{\"givenName\":\"Anna\",\"surname\":\"Berg\"}");
        assertThat(changedFields(i++)).contains("givenName", "surname").doesNotContain("changeKey",
                "lastModifiedDateTime");

        // the same value again: Graph gives a new changeKey, nothing visible changed, nothing is emitted
        store.updateContact(USER, ann.id(), "{\"jobTitle\":\"CTO\"}");
        awaitQuiet();
        store.updateContact(USER, ann.id(), "{\"jobTitle\":\"CFO\"}");
        assertThat(changedFields(i)).as("the next real edit").containsExactly("jobTitle");
        assertThat(updates).hasSize(i + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void valuesModeCarriesTheOldAndNewValue() throws Exception {
        String clients = folder("Clients");
        ContactEntry ann = store.createContact(USER, clients, FULL);
        start("diff=values");
        awaitRouteMatchesStore(clients);
        store.updateContact(USER, ann.id(), "{\"homeAddress\":{\"city\":\"Bergen\",\"street\":\"Main 1\"},"
                                            + "\"jobTitle\":\"CTO\"}");
        Map<String, Object> headers = nextUpdate(0);
        assertThat((List<String>) headers.get(OutlookContactsConstants.CHANGED_FIELDS))
                .containsExactly("homeAddress", "jobTitle");
        Map<String, FieldChange> changes = (Map<String, FieldChange>) headers.get(
                OutlookContactsConstants.FIELD_CHANGES);
        assertThat(changes.get("jobTitle")).isEqualTo(new FieldChange("CEO", "CTO"));
        assertThat(changes.get("homeAddress").oldValue()).isEqualTo(Map.of("city", "Oslo", "street", "Main 1"));
        assertThat(changes.get("homeAddress").newValue()).isEqualTo(Map.of("city", "Bergen", "street", "Main 1"));
    }
}
