package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.Json;
import io.github.outlookcontacts.emulator.store.StoreOptions;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.MultiValueExtendedProperty;
import io.github.outlookcontacts.model.OpenTypeExtension;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer against the emulator's delta irregularities switched on ({@code DeltaRealism.all()}: removals of
 * never-seen contacts in a first round, items replayed across pages, the overview's restorable-delete reason), and
 * open extensions plus multi-value extended properties kept through a sync with {@code expand}.
 */
class SyncRealismAndExtensionsTest extends SyncEmulatorSupport {

    private static final String TAGS = "StringArray {00020329-0000-0000-C000-000000000046} Name Tags";
    private static final String EXPAND = "extensions($filter=id eq 'Microsoft.OutlookServices.OpenTypeExtension"
            + ".com.acme.crm'),multiValueExtendedProperties($filter=id eq '" + TAGS + "')";

    @Override
    protected GraphEmulator.Builder emulatorBuilder() {
        return super.emulatorBuilder().storeOptions(StoreOptions.builder()
                .deltaRealism(StoreOptions.DeltaRealism.all()).build());
    }

    @Test
    void replaysAndFirstRoundRemovalsGiveEachContactExactlyOnce() throws Exception {
        String folder = folder("Real");
        List<ContactEntry> seeded = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            seeded.add(create(folder, "r" + i));
        }
        store.deleteContact(USER, seeded.get(0).id());
        store.deleteContact(USER, seeded.get(1).id());
        startCamel(syncUri("folder=Real&pageSize=3"));
        awaitRouteMatchesStore(folder);
        awaitQuiet();

        assertThat(events()).extracting(Event::type).containsOnly("created");
        assertThat(events()).extracting(Event::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(seeded.subList(2, 12).stream().map(ContactEntry::id).toList());
        int mark = events().size();

        ContactEntry changed = update(seeded.get(5).id(), "CFO");
        store.deleteContact(USER, seeded.get(6).id());
        awaitRouteMatchesStore(folder);
        awaitQuiet();

        assertThat(eventsSince(mark)).extracting(Event::toString).containsExactlyInAnyOrder(
                "updated " + changed.id() + " " + changed.changeKey(), "deleted " + seeded.get(6).id());
        assertThat(eventsSince(mark)).filteredOn(e -> e.type().equals("deleted")).extracting(Event::reason)
                .containsExactly("changed");
    }

    @Test
    void extensionsAndMultiValuePropertiesComeThroughASyncWithExpand() throws Exception {
        String folder = folder("Crm");
        ContactEntry ann = store.createContact(USER, folder, "{\"givenName\":\"Ann\",\"multiValueExtendedProperties\":"
                + "[{\"id\":\"" + TAGS + "\",\"value\":[\"vip\",\"eu\"]}]}");
        store.createExtension(USER, ann.id(), (ObjectNode) Json.MAPPER.readTree("{\"@odata.type\":"
                + "\"microsoft.graph.openTypeExtension\",\"extensionName\":\"com.acme.crm\",\"tier\":\"gold\"}"));
        create(folder, "plain");
        startCamel(syncUri("folder=Crm&pageSize=1&expand=" + java.net.URLEncoder.encode(EXPAND,
                java.nio.charset.StandardCharsets.UTF_8)));
        awaitRouteMatchesStore(folder);
        awaitQuiet();

        Contact first = events().stream().filter(e -> e.id().equals(ann.id())).findFirst().orElseThrow().body();
        assertThat(first.getExtensions()).singleElement().satisfies(x -> {
            assertThat(x.getExtensionName()).isEqualTo("com.acme.crm");
            assertThat(x.getAdditionalProperties().get("tier").asText()).isEqualTo("gold");
        });
        assertThat(first.getMultiValueExtendedProperties()).extracting(MultiValueExtendedProperty::getValue)
                .containsExactly(List.of("vip", "eu"));
        int mark = events().size();

        store.replaceExtension(USER, ann.id(), "com.acme.crm", (ObjectNode) Json.MAPPER.readTree(
                "{\"tier\":\"platinum\"}"));
        await(() -> eventsSince(mark).stream().anyMatch(e -> e.id().equals(ann.id())), Duration.ofSeconds(20),
                () -> "the extension change as an update, got " + eventsSince(mark));
        Contact updated = eventsSince(mark).stream().filter(e -> e.id().equals(ann.id())).findFirst().orElseThrow()
                .body();
        assertThat(updated.getExtensions()).extracting(OpenTypeExtension::getAdditionalProperties)
                .extracting(m -> m.get("tier").asText()).containsExactly("platinum");
        assertThat(emulator.throttling().requestCount("POST", "/$batch")).as("expanded through $batch").isPositive();
    }

    @Test
    void anUnknownExpandFailsAtStartNamingTheAllowedValues() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> startCamel(syncUri(
                "expand=photo")));
        assertThat(failure).hasStackTraceContaining("Invalid value 'photo' in option expand; allowed:"
                + " singleValueExtendedProperties, multiValueExtendedProperties, extensions");
    }
}
