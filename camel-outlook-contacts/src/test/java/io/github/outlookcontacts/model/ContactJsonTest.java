package io.github.outlookcontacts.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactJsonTest {

    // A delta item as Graph sends it, plus properties the model does not know (annotations, a future property,
    // a nested unknown inside a known object, large and fractional numbers).
    private static final String GRAPH_CONTACT = """
            {
              "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/contacts/$entity",
              "@odata.type": "#microsoft.graph.contact",
              "@odata.etag": "W/\\"EQAAABYAAACd9nJ/tVysQos2hTfspaWRAAADTIa4\\"",
              "id": "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A",
              "createdDateTime": "2024-03-01T10:15:02.1234567Z",
              "lastModifiedDateTime": "2024-03-02T08:00:00Z",
              "changeKey": "EQAAABYAAACd9nJ/tVysQos2hTfspaWRAAADTIa4",
              "categories": ["Clients"],
              "parentFolderId": "AAMkAD-folder",
              "birthday": "1815-12-10T11:59:00Z",
              "displayName": "Pavel Bansky",
              "givenName": "Pavel",
              "surname": "Bansky",
              "businessPhones": ["+1 555 0100"],
              "homePhones": [],
              "mobilePhone": "+1 555 0199",
              "emailAddresses": [ { "name": "Pavel Bansky", "address": "pavelb@contoso.com" } ],
              "primaryEmailAddress": { "name": "Pavel", "address": "pavelb@contoso.com" },
              "businessAddress": { "street": "1 Main St", "city": "Redmond", "state": "WA",
                                   "countryOrRegion": "USA", "postalCode": "98052", "poBox": "12" },
              "homeAddress": {},
              "singleValueExtendedProperties": [
                { "id": "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name CamelExternalId", "value": "crm-1" } ],
              "futureProperty": { "nested": [1, 2.5, 12345678901234567890, null, true] },
              "weddingAnniversary": "2001-05-06",
              "explicitNullUnknown": null
            }
            """;

    @Test
    void contactRoundTripsLosslesslyIncludingUnknownProperties() {
        Contact contact = GraphJson.fromJson(GRAPH_CONTACT, Contact.class);

        assertThat(contact.getId()).isEqualTo("AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A");
        assertThat(contact.getETag()).isEqualTo("W/\"EQAAABYAAACd9nJ/tVysQos2hTfspaWRAAADTIa4\"");
        assertThat(contact.getCreatedDateTime()).isEqualTo("2024-03-01T10:15:02.1234567Z");
        assertThat(contact.getEmailAddresses()).containsExactly(new EmailAddress("Pavel Bansky", "pavelb@contoso.com"));
        assertThat(contact.getBusinessAddress().getCity()).isEqualTo("Redmond");
        assertThat(contact.getBusinessAddress().getAdditionalProperty("poBox").asText()).isEqualTo("12");
        assertThat(contact.getSingleValueExtendedProperties()).singleElement()
                .extracting(SingleValueExtendedProperty::getValue).isEqualTo("crm-1");
        assertThat(contact.odataType()).isEqualTo("#microsoft.graph.contact");
        assertThat(contact.getAdditionalProperties()).containsKeys("@odata.context", "futureProperty",
                "weddingAnniversary", "explicitNullUnknown");

        JsonNode written = GraphJson.readTree(GraphJson.toJson(contact));
        assertThat(written).isEqualTo(GraphJson.readTree(GRAPH_CONTACT));
    }

    @Test
    void mapConversionKeepsUnknownPropertiesAndEquality() {
        Contact contact = GraphJson.fromJson(GRAPH_CONTACT, Contact.class);
        Map<String, Object> map = GraphJson.toMap(contact);
        assertThat(map).containsKeys("@odata.etag", "futureProperty", "givenName");

        Contact back = GraphJson.fromMap(map, Contact.class);
        assertThat(back).isEqualTo(contact).hasSameHashCodeAs(contact);
        back.setGivenName("Paul");
        assertThat(back).isNotEqualTo(contact);
    }

    @Test
    void nullPropertiesAreNotWritten() {
        Contact contact = new Contact();
        contact.setGivenName("Ada");
        contact.setEmailAddresses(List.of(new EmailAddress(null, "ada@example.com")));
        assertThat(GraphJson.readTree(GraphJson.toJson(contact)))
                .isEqualTo(GraphJson.readTree("{\"givenName\":\"Ada\",\"emailAddresses\":[{\"address\":\"ada@example.com\"}]}"));
    }

    @Test
    void toStringShowsNoPersonalData() {
        Contact contact = GraphJson.fromJson(GRAPH_CONTACT, Contact.class);
        assertThat(contact.toString()).contains(contact.getId()).doesNotContain("Pavel", "pavelb", "555");
    }

    @Test
    void folderAndPhotoKeepAnnotations() {
        String folderJson = "{\"@odata.type\":\"#microsoft.graph.contactFolder\",\"id\":\"f1\","
                            + "\"displayName\":\"Clients\",\"parentFolderId\":\"root\",\"wellKnownName\":null}";
        ContactFolder folder = GraphJson.fromJson(folderJson, ContactFolder.class);
        assertThat(folder.getDisplayName()).isEqualTo("Clients");
        assertThat(GraphJson.readTree(GraphJson.toJson(folder))).isEqualTo(GraphJson.readTree(folderJson));

        String photoJson = "{\"@odata.context\":\"x\",\"@odata.mediaContentType\":\"image/jpeg\",\"id\":\"96X96\","
                           + "\"width\":96,\"height\":96}";
        ProfilePhoto photo = GraphJson.fromJson(photoJson, ProfilePhoto.class);
        assertThat(photo.getMediaContentType()).isEqualTo("image/jpeg");
        assertThat(photo.getWidth()).isEqualTo(96);
        assertThat(GraphJson.readTree(GraphJson.toJson(photo))).isEqualTo(GraphJson.readTree(photoJson));
    }

    @Test
    void invalidJsonNamesTheTargetType() {
        assertThatThrownBy(() -> GraphJson.fromJson("{\"givenName\": [1,", Contact.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Contact");
        assertThatThrownBy(() -> GraphJson.fromJson("{\"emailAddresses\": \"x\"}", Contact.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Contact");
    }
}
