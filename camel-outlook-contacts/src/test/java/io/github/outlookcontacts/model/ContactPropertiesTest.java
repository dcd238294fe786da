package io.github.outlookcontacts.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPropertiesTest {

    @Test
    void knowsGraphNamesExactly() {
        assertThat(ContactProperties.isKnown("givenName")).isTrue();
        assertThat(ContactProperties.isKnown("mobilePhone")).isTrue();
        assertThat(ContactProperties.isKnown("GivenName")).isFalse();
        assertThat(ContactProperties.isKnown("mobilePhone1")).isFalse();
        assertThat(ContactProperties.isKnown(null)).isFalse();
    }

    @Test
    void suggestsClosestNameForTypos() {
        assertThat(ContactProperties.closest("givenNmae")).contains("givenName");
        assertThat(ContactProperties.closest("GivenName")).contains("givenName");
        assertThat(ContactProperties.closest("MobilePhone1")).contains("mobilePhone");
        assertThat(ContactProperties.closest("emailAdresses")).contains("emailAddresses");
        assertThat(ContactProperties.closest("surnam")).contains("surname");
        assertThat(ContactProperties.closest("bussinessPhone")).contains("businessPhones");
    }

    @Test
    void noSuggestionWhenNothingIsClose() {
        assertThat(ContactProperties.closest("favouriteColour")).isEmpty();
        assertThat(ContactProperties.closest("x")).isEmpty();
        assertThat(ContactProperties.closest("")).isEmpty();
    }

    @Test
    void modelFieldsAreAllKnownProperties() {
        Contact c = new Contact();
        // every modelled property written by the DTO must be a valid Graph name
        c.setId("1");
        GraphJson.toMap(GraphJson.fromJson(everyPropertyJson(), Contact.class)).keySet().stream()
                .filter(k -> !ContactProperties.isAnnotation(k))
                .forEach(k -> assertThat(ContactProperties.isKnown(k)).as(k).isTrue());
    }

    private static String everyPropertyJson() {
        StringBuilder sb = new StringBuilder("{");
        for (String name : ContactProperties.NAMES) {
            if (!name.equals("photo") && !name.equals("extensions") && !name.equals("multiValueExtendedProperties")) {
                sb.append('"').append(name).append("\":null,");
            }
        }
        return sb.append("\"id\":\"1\"}").toString();
    }

    @Test
    void annotationsAreRecognised() {
        assertThat(ContactProperties.isAnnotation("@odata.etag")).isTrue();
        assertThat(ContactProperties.isAnnotation("displayName")).isFalse();
    }
}
