package io.github.outlookcontacts.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Makes caller JSON (a Map or JSON body) look the way Graph v1.0 expects, where Graph accepts the caller's form too:
 * property names in another case, as the Outlook REST v2.0 pages write them ({@code GivenName},
 * {@code HomeAddress.Street}, {@code EmailAddresses[].Address}), become Graph's camelCase; a date-only
 * {@code birthday} ({@code "1974-07-22"}, v2.0's own PATCH example) becomes the DateTimeOffset Graph stores
 * ({@code 1974-07-22T00:00:00Z}). Names that are not a contact property in any case are left for the validator.
 */
public final class ContactJsonNormalizer {

    private static final Set<String> ADDRESS_FIELDS = Set.of("street", "city", "state", "countryOrRegion",
            "postalCode");
    private static final Set<String> EMAIL_FIELDS = Set.of("name", "address");
    private static final Set<String> ADDRESS_OBJECTS = Set.of("businessAddress", "homeAddress", "otherAddress");
    private static final Set<String> EMAIL_OBJECTS = Set.of("primaryEmailAddress", "secondaryEmailAddress",
            "tertiaryEmailAddress");

    private ContactJsonNormalizer() {
    }

    /** Normalizes {@code contact} in place and returns it. */
    public static ObjectNode normalize(ObjectNode contact) {
        rename(contact, ContactProperties.NAMES);
        for (String name : ADDRESS_OBJECTS) {
            if (contact.get(name) instanceof ObjectNode address) {
                rename(address, ADDRESS_FIELDS);
            }
        }
        for (String name : EMAIL_OBJECTS) {
            if (contact.get(name) instanceof ObjectNode email) {
                rename(email, EMAIL_FIELDS);
            }
        }
        if (contact.get("emailAddresses") != null && contact.get("emailAddresses").isArray()) {
            contact.get("emailAddresses").forEach(e -> {
                if (e instanceof ObjectNode email) {
                    rename(email, EMAIL_FIELDS);
                }
            });
        }
        JsonNode birthday = contact.get("birthday");
        if (birthday != null && birthday.isTextual() && isDateOnly(birthday.asText())) {
            contact.set("birthday", TextNode.valueOf(birthday.asText().trim() + "T00:00:00Z"));
        }
        return contact;
    }

    private static boolean isDateOnly(String text) {
        try {
            LocalDate.parse(text.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Renames fields that match a known name ignoring case, keeping their order; exact names are untouched. */
    private static void rename(ObjectNode node, Set<String> known) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        boolean changed = false;
        for (Map.Entry<String, JsonNode> f : fields) {
            if (!known.contains(f.getKey()) && canonical(f.getKey(), known) != null) {
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        node.removeAll();
        for (Map.Entry<String, JsonNode> f : fields) {
            String canonical = known.contains(f.getKey()) ? f.getKey() : canonical(f.getKey(), known);
            node.set(canonical == null ? f.getKey() : canonical, f.getValue());
        }
    }

    private static String canonical(String name, Set<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String k : known) {
            if (k.toLowerCase(Locale.ROOT).equals(lower)) {
                return k;
            }
        }
        return null;
    }
}
