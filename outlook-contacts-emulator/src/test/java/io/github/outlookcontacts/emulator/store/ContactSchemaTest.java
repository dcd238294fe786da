package io.github.outlookcontacts.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Write semantics of contacts: validation, PATCH merging, email slots, extended properties. */
class ContactSchemaTest {

    private static final String U = "schema@x.test";
    private final ContactStore store = new ContactStore();

    private ObjectNode stored(ContactEntry e) {
        return Json.object(store.getContact(U, e.id()).json());
    }

    @Test
    void patchReplacesCollectionsWholesaleAndNullClears() {
        ContactEntry c = store.createContact(U, null, "{\"givenName\":\"A\",\"businessPhones\":[\"1\",\"2\"],"
                + "\"categories\":[\"Red\"],\"homeAddress\":{\"city\":\"Köln\",\"street\":\"Ring 1\"}}");
        store.updateContact(U, c.id(), "{\"businessPhones\":[\"3\"],\"homeAddress\":{\"city\":\"Bonn\"},"
                + "\"categories\":null}");
        ObjectNode s = stored(c);
        assertThat(s.get("businessPhones")).hasSize(1);
        assertThat(s.get("businessPhones").get(0).asText()).isEqualTo("3");
        assertThat(s.get("homeAddress").has("street")).as("complex values are replaced too").isFalse();
        assertThat(s.has("categories")).isFalse();
        assertThat(s.get("givenName").asText()).isEqualTo("A");
    }

    @Test
    void emailSlotsAreViewsOfEmailAddresses() {
        ContactEntry c = store.createContact(U, null, "{\"emailAddresses\":[{\"address\":\"one@x\"},"
                + "{\"address\":\"two@x\"}]}");
        store.updateContact(U, c.id(), "{\"secondaryEmailAddress\":{\"address\":\"second@x\",\"name\":\"S\"},"
                + "\"tertiaryEmailAddress\":{\"address\":\"three@x\"}}");
        JsonNode emails = stored(c).get("emailAddresses");
        assertThat(emails).extracting(e -> e.get("address").asText()).containsExactly("one@x", "second@x",
                "three@x");
        store.updateContact(U, c.id(), "{\"primaryEmailAddress\":null}");
        assertThat(stored(c).get("emailAddresses")).extracting(e -> e.get("address").asText())
                .containsExactly("second@x", "three@x");
    }

    @Test
    void extendedPropertiesMergeByIdWithTheNamePartCaseSensitive() {
        String id = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name CamelExternalId";
        ContactEntry c = store.createContact(U, null, "{\"singleValueExtendedProperties\":[{\"id\":\"" + id
                + "\",\"value\":\"a\"}]}");
        store.updateContact(U, c.id(), "{\"singleValueExtendedProperties\":[{\"id\":\""
                + id.replace("String {66f5a359", "string {66F5A359") + "\",\"value\":\"b\"},{\"id\":\""
                + id.replace("CamelExternalId", "camelexternalid") + "\",\"value\":\"c\"}]}");
        JsonNode ext = Json.array(store.getContact(U, c.id()).extendedProps());
        assertThat(ext).hasSize(2);
        assertThat(ext.get(0).get("value").asText()).isEqualTo("b");
        assertThat(stored(c).has("singleValueExtendedProperties")).as("kept apart from the properties").isFalse();
    }

    @Test
    void wrongTypesAndShapesAre400NamingTheProperty() {
        assertThatThrownBy(() -> store.createContact(U, null, "{\"givenName\":5}")).isInstanceOf(
                StoreException.class).hasMessageContaining("givenName").extracting("status").isEqualTo(400);
        assertThatThrownBy(() -> store.createContact(U, null, "{\"emailAddresses\":{\"address\":\"x\"}}"))
                .hasMessageContaining("emailAddresses");
        assertThatThrownBy(() -> store.createContact(U, null, "{\"homeAddress\":{\"planet\":\"Mars\"}}"))
                .hasMessageContaining("'planet' does not exist on type 'microsoft.graph.physicalAddress'");
        assertThatThrownBy(() -> store.createContact(U, null, "{\"birthday\":\"soon\"}"))
                .hasMessageContaining("Edm.DateTimeOffset");
        assertThatThrownBy(() -> store.createContact(U, null, "[1]")).extracting("status").isEqualTo(400);
        assertThat(store.journal().size()).isZero();
    }

    @Test
    void readOnlyPropertiesAreIgnoredAndDisplayNameIsDerived() {
        ContactEntry c = store.createContact(U, null, "{\"id\":\"forged\",\"changeKey\":\"x\",\"parentFolderId\":"
                + "\"elsewhere\",\"givenName\":\"Zoé\",\"middleName\":\"M\",\"surname\":\"Lefèvre\"}");
        assertThat(c.id()).isNotEqualTo("forged");
        assertThat(c.folderId()).isEqualTo(store.defaultFolderId(U));
        assertThat(stored(c).get("displayName").asText()).isEqualTo("Zoé M Lefèvre");
    }
}
