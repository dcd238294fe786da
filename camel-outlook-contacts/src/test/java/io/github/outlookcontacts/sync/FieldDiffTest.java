package io.github.outlookcontacts.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The field diff names exactly the fields that changed, for every kind of field, in both modes. */
class FieldDiffTest {

    private static final String BASE = "{\"id\":\"c1\",\"changeKey\":\"k1\",\"@odata.etag\":\"W/\\\"k1\\\"\","
            + "\"givenName\":\"Ann\",\"categories\":[\"Blue\"],\"birthday\":\"1980-01-02T00:00:00Z\","
            + "\"homeAddress\":{\"city\":\"Oslo\",\"street\":\"Main 1\"},\"businessPhones\":[],"
            + "\"singleValueExtendedProperties\":[{\"id\":\"String {x} Name crm\",\"value\":\"a\"}]}";

    private static ContactChange updated(String json) {
        return new ContactChange(ChangeType.UPDATED, "f", GraphJson.fromJson(json, Contact.class), null);
    }

    private static String edit(String field, String value) {
        Map<String, Object> map = GraphJson.toMap(GraphJson.readTree(BASE));
        map.put("changeKey", "k2");
        if (value == null) {
            map.remove(field);
        } else {
            map.put(field, GraphJson.mapper().convertValue(GraphJson.readTree(value), Object.class));
        }
        return GraphJson.toJson(map);
    }

    private static FieldDiff.Result diff(FieldDiff.Mode mode, String after, String photoBefore, String photoAfter) {
        MapCursorStore store = new MapCursorStore();
        FieldDiff first = new FieldDiff(store, Mailbox.of("me"), "f", mode, Set.of());
        assertThat(first.diff(updated(BASE), photoBefore)).as("nothing remembered yet").isNull();
        first.commit();
        FieldDiff again = new FieldDiff(store, Mailbox.of("me"), "f", mode, Set.of());
        return again.diff(updated(after), photoAfter);
    }

    @Test
    void namesExactlyTheChangedFieldOfEveryKind() {
        for (FieldDiff.Mode mode : FieldDiff.Mode.values()) {
            assertThat(diff(mode, edit("givenName", "\"Anna\""), null, null).fields())
                    .containsExactly("changeKey", "givenName");
            assertThat(diff(mode, edit("categories", "[\"Blue\",\"Red\"]"), null, null).fields())
                    .containsExactly("categories", "changeKey");
            assertThat(diff(mode, edit("homeAddress", "{\"city\":\"Bergen\",\"street\":\"Main 1\"}"), null, null)
                    .fields()).containsExactly("changeKey", "homeAddress");
            assertThat(diff(mode, edit("birthday", "\"1980-01-03T00:00:00Z\""), null, null).fields())
                    .containsExactly("birthday", "changeKey");
            assertThat(diff(mode, edit("singleValueExtendedProperties",
                    "[{\"id\":\"String {x} Name crm\",\"value\":\"b\"}]"), null, null).fields())
                    .containsExactly("changeKey", "singleValueExtendedProperties");
            assertThat(diff(mode, edit("givenName", null), null, null).fields()).as("unset")
                    .containsExactly("changeKey", "givenName");
            assertThat(diff(mode, edit("businessPhones", "[\"+1 555\"]"), null, null).fields()).as("set")
                    .containsExactly("businessPhones", "changeKey");
            assertThat(diff(mode, edit("jobTitle", "\"\""), null, null).fields()).as("blank is unset")
                    .containsExactly("changeKey");
            assertThat(diff(mode, edit("changeKey", "\"k2\""), "p1", "p2").fields())
                    .containsExactly("changeKey", "photo");
        }
    }

    @Test
    void valuesModeKnowsTheOldAndNewValues() {
        FieldDiff.Result result = diff(FieldDiff.Mode.VALUES,
                edit("homeAddress", "{\"city\":\"Bergen\",\"street\":\"Main 1\"}"), null, null);
        assertThat(result.changes().get("homeAddress"))
                .isEqualTo(new FieldChange(Map.of("city", "Oslo", "street", "Main 1"),
                        Map.of("city", "Bergen", "street", "Main 1")));
        assertThat(result.changes().get("changeKey")).isEqualTo(new FieldChange("k1", "k2"));
        FieldDiff.Result removed = diff(FieldDiff.Mode.VALUES, edit("categories", null), null, null);
        assertThat(removed.changes().get("categories")).isEqualTo(new FieldChange(List.of("Blue"), null));
    }

    @Test
    void aDiscardedPageIsDiffedAgainstTheSameStateWhenItComesAgain() {
        MapCursorStore store = new MapCursorStore();
        FieldDiff diff = new FieldDiff(store, Mailbox.of("me"), "f", FieldDiff.Mode.FIELDS, Set.of());
        diff.diff(updated(BASE), null);
        diff.commit();
        String after = edit("givenName", "\"Anna\"");
        assertThat(diff.diff(updated(after), null).fields()).contains("givenName");
        diff.discard();
        assertThat(diff.diff(updated(after), null).fields()).contains("givenName");
        diff.commit();
        assertThat(diff.diff(updated(after), null).fields()).isEmpty();
    }
}
