package io.github.outlookcontacts.camel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.model.Contact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Full round, then incremental rounds after creates, updates, deletes and moves, against the emulator. */
class SyncRoundsTest extends SyncEmulatorSupport {

    @Test
    void firstRoundEmitsEveryContactAsCreatedWithTheContractHeaders() throws Exception {
        String clients = folder("Clients");
        List<ContactEntry> seeded = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            seeded.add(create(clients, "c" + i));
        }
        startCamel(syncUri("folder=Clients&pageSize=5"));
        awaitRouteMatchesStore(clients);

        assertThat(events()).hasSize(23).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("created");
            assertThat(e.folderId()).isEqualTo(clients);
            assertThat(e.user()).isEqualTo("me");
            assertThat(e.reason()).isNull();
            assertThat(e.body().getId()).isEqualTo(e.id());
            assertThat(e.body().getChangeKey()).isEqualTo(e.changeKey());
        });
        assertThat(events()).extracting(Event::id)
                .containsExactlyInAnyOrderElementsOf(seeded.stream().map(ContactEntry::id).toList());
        Event first = events().get(0);
        assertThat(first.body().getGivenName()).startsWith("c");
        assertThat(first.body().getEmailAddresses()).hasSize(1);
    }

    @Test
    void laterRoundsTellCreatedUpdatedDeletedAndMovesExactly() throws Exception {
        String clients = folder("Clients");
        String other = folder("Other");
        ContactEntry a = create(clients, "a");
        ContactEntry b = create(clients, "b");
        ContactEntry c = create(clients, "c");
        ContactEntry d = create(clients, "d");
        ContactEntry elsewhere = create(other, "x");
        startCamel(syncUri("folder=Clients&pageSize=2"));
        awaitRouteMatchesStore(clients);
        int mark = events().size();

        ContactEntry a2 = update(a.id(), "CEO");
        store.deleteContact(USER, b.id());
        ContactEntry e = create(clients, "e");
        store.moveContact(USER, c.id(), other);
        ContactEntry movedIn = store.moveContact(USER, elsewhere.id(), clients);
        awaitRouteMatchesStore(clients);
        awaitQuiet();

        List<Event> changes = eventsSince(mark);
        assertThat(changes).extracting(Event::toString).containsExactlyInAnyOrder(
                "updated " + a.id() + " " + a2.changeKey(),
                "deleted " + b.id(),
                "created " + e.id() + " " + e.changeKey(),
                "deleted " + c.id(),
                "created " + elsewhere.id() + " " + movedIn.changeKey());
        Map<String, String> reasons = new java.util.HashMap<>();
        changes.stream().filter(ev -> ev.type().equals("deleted")).forEach(ev -> reasons.put(ev.id(), ev.reason()));
        assertThat(reasons).containsEntry(b.id(), "deleted").containsEntry(c.id(), "changed");
        assertThat(changes).filteredOn(ev -> ev.type().equals("deleted"))
                .allSatisfy(ev -> {
                    assertThat(ev.changeKey()).isNull();
                    assertThat(ev.body().getId()).isEqualTo(ev.id());
                    assertThat(ev.body().getDisplayName()).isNull();
                });
        assertThat(d.id()).isNotIn(changes.stream().map(Event::id).toList());

        mark = events().size();
        ContactEntry a3 = update(a.id(), "CFO");
        awaitRouteMatchesStore(clients);
        awaitQuiet();
        assertThat(eventsSince(mark)).extracting(Event::toString).containsExactly("updated " + a.id() + " " + a3.changeKey());
    }

    @Test
    void theBodyConvertsToGraphJsonMapBytesAndStreamKeepingUnknownProperties() throws Exception {
        String clients = folder("Clients");
        create(clients, "json");
        List<Object> converted = java.util.Collections.synchronizedList(new ArrayList<>());
        camel = new org.apache.camel.impl.DefaultCamelContext();
        camel.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from(syncUri("folder=Clients")).process(ex -> {
                    converted.add(ex.getIn().getBody(String.class));
                    converted.add(ex.getIn().getBody(Map.class));
                    converted.add(ex.getIn().getBody(byte[].class));
                    converted.add(ex.getIn().getBody(InputStream.class));
                });
            }
        });
        camel.start();
        await(() -> converted.size() == 4, Duration.ofSeconds(20), () -> "conversions " + converted);

        String json = (String) converted.get(0);
        assertThat(json).contains("\"givenName\":\"json\"").contains("\"@odata.etag\"").contains("\"changeKey\"");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) converted.get(1);
        assertThat(map).containsEntry("givenName", "json").containsKey("@odata.etag");
        assertThat(new String((byte[]) converted.get(2), StandardCharsets.UTF_8)).isEqualTo(json);
        try (InputStream in = (InputStream) converted.get(3)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(json);
        }
        // A property the model does not know survives a round trip through the body.
        Contact parsed = io.github.outlookcontacts.model.GraphJson.fromJson(json, Contact.class);
        parsed.putAdditionalProperty("futureProperty", Map.of("x", 1));
        assertThat(camel.getTypeConverter().convertTo(String.class, parsed)).contains("\"futureProperty\":{\"x\":1}");
    }
}
