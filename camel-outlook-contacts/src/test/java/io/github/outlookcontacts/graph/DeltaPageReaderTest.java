package io.github.outlookcontacts.graph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeltaPageReaderTest {

    private final DeltaPageReader reader = new DeltaPageReader();
    private final List<String> events = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final DeltaSink<Contact> sink = recording(contacts, c -> c.getId() + ":" + c.getChangeKey());

    /** Records "changed:<describe(item)>" and "removed:<id>:<reason>" in {@link #events}, items in {@code items}. */
    private <T> DeltaSink<T> recording(List<T> items, Function<T, String> describe) {
        return new DeltaSink<>() {
            @Override
            public void changed(T item) {
                items.add(item);
                events.add("changed:" + describe.apply(item));
            }

            @Override
            public void removed(String id, String reason) {
                events.add("removed:" + id + ":" + reason);
            }
        };
    }

    private static InputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsItemsRemovalsAndALinkPlacedBeforeValue() throws IOException {
        DeltaPage page = reader.read(json("""
                { "@odata.context": "x", "@odata.nextLink": "https://g/v1.0/me/contacts/delta?$skiptoken=1",
                  "value": [
                    { "@odata.type": "#microsoft.graph.contact", "id": "c1", "changeKey": "k1",
                      "emailAddresses": [ {"address": "a@b"} ], "futureThing": {"x": [1]} },
                    { "@odata.type": "#microsoft.graph.contact", "id": "c2", "@removed": { "reason": "deleted" } },
                    { "id": "c3", "@removed": {} } ] }
                """), Contact.class, sink);
        assertThat(events).containsExactly("changed:c1:k1", "removed:c2:deleted", "removed:c3:null");
        assertThat(page.nextLink()).isEqualTo("https://g/v1.0/me/contacts/delta?$skiptoken=1");
        assertThat(page.isLastPage()).isFalse();
        assertThat(page.itemCount()).isEqualTo(3);
    }

    @Test
    void keepsWhatTheModelDoesNotKnowAndBindsNestedValues() throws IOException {
        reader.read(json("""
                { "value": [ { "@odata.type": "#microsoft.graph.contact", "@odata.etag": "W/\\"k1\\"", "id": "c1",
                    "futureThing": {"x": [1, 2.5, "s"]}, "nothing": null, "givenName": "Ada",
                    "emailAddresses": [ {"name": "Ada", "address": "ada@example.com", "kind": "work"} ],
                    "homeAddress": {"city": "London", "planet": "Earth"} } ],
                  "@odata.deltaLink": "d" }
                """), Contact.class, sink);
        assertThat(events).containsExactly("changed:c1:null");
        Contact c = contacts.get(0);
        assertThat(c.getETag()).isEqualTo("W/\"k1\"");
        assertThat(c.odataType()).isEqualTo("#microsoft.graph.contact");
        assertThat(c.getAdditionalProperty("futureThing").toString()).isEqualTo("{\"x\":[1,2.5,\"s\"]}");
        assertThat(c.getAdditionalProperty("nothing").isNull()).isTrue();
        assertThat(c.getEmailAddresses().get(0).getAddress()).isEqualTo("ada@example.com");
        assertThat(c.getEmailAddresses().get(0).getAdditionalProperty("kind").asText()).isEqualTo("work");
        assertThat(c.getHomeAddress().getCity()).isEqualTo("London");
        assertThat(c.getHomeAddress().getAdditionalProperty("planet").asText()).isEqualTo("Earth");
        assertThat(c.getAdditionalProperties()).containsOnlyKeys("@odata.type", "futureThing", "nothing");
    }

    @Test
    void readsFolderRemovalsWhereverTheMarkerSits() throws IOException {
        reader.read(json("""
                { "value": [ { "@removed": { "reason": "changed" }, "id": "f1" },
                             { "id": "f2", "displayName": "Work" } ], "@odata.deltaLink": "d" }
                """), ContactFolder.class, recording(new ArrayList<>(), f -> f.getId() + ":" + f.getDisplayName()));
        assertThat(events).containsExactly("removed:f1:changed", "changed:f2:Work");
    }

    @Test
    void readsADeltaLinkAfterValueAndEmptyPages() throws IOException {
        DeltaPage page = reader.read(json("{\"value\":[],\"@odata.deltaLink\":\"https://g/d?$deltatoken=2\"}"),
                Contact.class, sink);
        assertThat(page.isLastPage()).isTrue();
        assertThat(page.deltaLink()).isEqualTo("https://g/d?$deltatoken=2");
        assertThat(page.itemCount()).isZero();
    }

    @Test
    void handsItemsOverWhileParsingNotAfterTheWholePage() {
        // A page cut off after its first item: the first item has already reached the sink when parsing fails.
        assertThatThrownBy(() -> reader.read(json("{\"value\":[{\"id\":\"c1\",\"changeKey\":\"k\"},{\"id\":\"c2\","),
                Contact.class, sink)).isInstanceOf(IOException.class);
        assertThat(events).containsExactly("changed:c1:k");
    }

    @Test
    void rejectsMalformedPages() {
        assertThatThrownBy(() -> reader.read(json("[]"), Contact.class, sink)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> reader.read(json("{\"value\":{}}"), Contact.class, sink))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> reader.read(json("{\"value\":[1]}"), Contact.class, sink))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> reader.read(json("{\"@odata.nextLink\":5}"), Contact.class, sink))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> reader.read(json("{\"value\":[]} {\"value\":[]}"), Contact.class, sink))
                .isInstanceOf(IOException.class).hasMessageContaining("after its end");
    }

    @Test
    void readsTheBodyToItsEndSoTheConnectionCanBeReused() throws IOException {
        InputStream body = json("{\"value\":[],\"@odata.deltaLink\":\"d\"}\r\n");
        boolean[] endSeen = {false};
        InputStream watched = new java.io.FilterInputStream(body) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                endSeen[0] |= n < 0;
                return n;
            }
        };
        reader.read(watched, Contact.class, sink);
        assertThat(endSeen[0]).as("end of stream read").isTrue();
    }

    @Test
    void prefersNextLinkIfAPageWronglyCarriesBoth() throws IOException {
        DeltaPage page = reader.read(json("{\"@odata.deltaLink\":\"d\",\"value\":[],\"@odata.nextLink\":\"n\"}"),
                Contact.class, sink);
        assertThat(page.nextLink()).isEqualTo("n");
        assertThat(page.deltaLink()).isNull();
    }
}
