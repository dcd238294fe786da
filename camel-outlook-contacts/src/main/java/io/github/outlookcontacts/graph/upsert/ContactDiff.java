package io.github.outlookcontacts.graph.upsert;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.ContactProperties;

/**
 * The smallest PATCH that turns an existing contact into the desired one: only the properties present in the desired
 * contact are compared, and only those that differ are sent. Comparison rules (chosen so that a contact read back
 * from Graph equals what was written):
 * <ul>
 * <li>an absent property, {@code null}, {@code ""} and a blank string are all "unset", and equal;</li>
 * <li>other strings compare exactly (case and inner whitespace matter);</li>
 * <li>{@code birthday} compares by date only (Graph shifts the time of day);</li>
 * <li>string collections ({@code businessPhones}, {@code categories}, ...) compare as whole ordered lists, null and
 * blank entries ignored; an empty list equals an unset one. A difference sends the whole list, as Graph replaces
 * collections wholesale;</li>
 * <li>{@code emailAddresses} compare as a whole ordered list: addresses ignoring case and surrounding whitespace,
 * names only where the desired entry has one (Graph may fill a missing name in);</li>
 * <li>addresses ({@code homeAddress}, ...) compare member by member with the string rules; {@code {}} is unset;</li>
 * <li>{@code singleValueExtendedProperties}: each desired property must exist with the same value (ids ignoring
 * case); properties not in the desired list are left alone;</li>
 * <li>read-only properties ({@code id}, {@code changeKey}, timestamps, {@code parentFolderId}) and OData annotations
 * are never compared or sent.</li>
 * </ul>
 */
public final class ContactDiff {

    /** Properties Graph sets itself; never part of a PATCH. */
    public static final Set<String> READ_ONLY = ContactProperties.READ_ONLY;

    private static final Set<String> STRING_LISTS
            = Set.of("categories", "businessPhones", "homePhones", "imAddresses", "children");
    private static final Set<String> ADDRESSES = Set.of("businessAddress", "homeAddress", "otherAddress");
    private static final Set<String> EMAIL_OBJECTS
            = Set.of("primaryEmailAddress", "secondaryEmailAddress", "tertiaryEmailAddress");

    private ContactDiff() {
    }

    /**
     * The properties of {@code desired} whose values differ from {@code existing}, with the desired values; empty
     * when nothing differs. {@code ignoredExtendedProperties} (e.g. the upsert's own key property, already matched by
     * the server) are not compared.
     */
    public static ObjectNode patch(ObjectNode desired, ObjectNode existing, Set<String> ignoredExtendedProperties) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = desired.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.contains("@") || READ_ONLY.contains(name)) {
                continue;
            }
            if (!same(name, field.getValue(), existing.get(name), ignoredExtendedProperties)) {
                patch.set(name, field.getValue());
            }
        }
        return patch;
    }

    static boolean same(String name, JsonNode want, JsonNode have, Set<String> ignoredExtendedProperties) {
        if (STRING_LISTS.contains(name)) {
            return strings(want).equals(strings(have));
        }
        if ("emailAddresses".equals(name)) {
            return sameEmailLists(want, have);
        }
        if (ADDRESSES.contains(name)) {
            return sameMembers(want, have, List.of("street", "city", "state", "countryOrRegion", "postalCode"));
        }
        if (EMAIL_OBJECTS.contains(name)) {
            return sameEmail(want, have);
        }
        if ("birthday".equals(name)) {
            return date(text(want)).equals(date(text(have)));
        }
        if ("singleValueExtendedProperties".equals(name)) {
            return containsExtendedProperties(have, want, ignoredExtendedProperties);
        }
        if (isUnset(want) || isUnset(have)) {
            return isUnset(want) && isUnset(have);
        }
        if (want.isTextual() && have.isTextual()) {
            return want.asText().equals(have.asText());
        }
        return want.equals(have);
    }

    private static boolean sameEmailLists(JsonNode want, JsonNode have) {
        List<JsonNode> w = emailEntries(want);
        List<JsonNode> h = emailEntries(have);
        if (w.size() != h.size()) {
            return false;
        }
        for (int i = 0; i < w.size(); i++) {
            if (!sameEmail(w.get(i), h.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameEmail(JsonNode want, JsonNode have) {
        String wantAddress = text(want == null ? null : want.get("address"));
        String haveAddress = text(have == null ? null : have.get("address"));
        if (!wantAddress.trim().toLowerCase(Locale.ROOT).equals(haveAddress.trim().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String wantName = text(want == null ? null : want.get("name"));
        return wantName.isBlank() || wantName.equals(text(have == null ? null : have.get("name")));
    }

    private static boolean sameMembers(JsonNode want, JsonNode have, List<String> members) {
        for (String member : members) {
            String w = text(want == null ? null : want.get(member));
            String h = text(have == null ? null : have.get(member));
            if (!(w.isBlank() ? h.isBlank() : w.equals(h))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsExtendedProperties(JsonNode have, JsonNode want, Set<String> ignored) {
        for (JsonNode property : objects(want)) {
            String id = text(property.get("id"));
            if (ignored.stream().anyMatch(id::equalsIgnoreCase)) {
                continue;
            }
            boolean found = false;
            for (JsonNode candidate : objects(have)) {
                if (id.equalsIgnoreCase(text(candidate.get("id")))
                        && text(property.get("value")).equals(text(candidate.get("value")))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Object entries of an array (empty for null / not an array). */
    private static List<JsonNode> objects(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(e -> {
                if (e != null && e.isObject()) {
                    out.add(e);
                }
            });
        }
        return out;
    }

    /** Email entries that carry an address (Graph pads v2.0-style lists with nulls and empty entries). */
    private static List<JsonNode> emailEntries(JsonNode array) {
        List<JsonNode> out = objects(array);
        out.removeIf(e -> text(e.get("address")).isBlank());
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(e -> {
                if (e != null && e.isTextual() && !e.asText().isBlank()) {
                    out.add(e.asText());
                }
            });
        }
        return out;
    }

    private static String date(String dateTime) {
        return dateTime.length() >= 10 ? dateTime.substring(0, 10) : dateTime;
    }

    private static boolean isUnset(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isTextual() && node.asText().isBlank()
               || node.isObject() && node.isEmpty();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? "" : node.asText();
    }
}
