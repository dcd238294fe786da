package io.github.outlookcontacts.emulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The v1.0 contact type: its writable properties (in Graph's output order), validation and PATCH merging. */
public final class ContactSchema {

    /** Value shapes of contact properties. */
    public enum Kind {
        STRING, STRINGS, EMAILS, ADDRESS, DATE_TIME, EMAIL
    }

    /** Writable properties in the order Graph writes them (read-only ones are written by the writer). */
    public static final Map<String, Kind> WRITABLE = new LinkedHashMap<>();

    /** Read-only properties a client may echo back; they are ignored on writes. */
    public static final Set<String> READ_ONLY = Set.of("id", "changeKey", "createdDateTime", "lastModifiedDateTime",
            "parentFolderId");

    private static final Set<String> IGNORED_NAVIGATION = Set.of("photo");
    private static final Set<String> EMAIL_FIELDS = Set.of("name", "address");
    private static final Set<String> ADDRESS_FIELDS = Set.of("street", "city", "state", "countryOrRegion",
            "postalCode");
    /** The single-address views of the first three {@code emailAddresses} entries, in slot order. */
    public static final java.util.List<String> EMAIL_SLOTS = java.util.List.of("primaryEmailAddress",
            "secondaryEmailAddress", "tertiaryEmailAddress");
    private static final Map<String, Integer> LIMITS = Map.of("emailAddresses", 3, "businessPhones", 2,
            "homePhones", 2, "imAddresses", 3);
    private static final Map<String, String> LIMIT_NAMES = Map.of("emailAddresses", "EmailAddresses",
            "businessPhones", "BusinessPhones", "homePhones", "HomePhones", "imAddresses", "ImAddresses");

    static {
        WRITABLE.put("categories", Kind.STRINGS);
        WRITABLE.put("birthday", Kind.DATE_TIME);
        for (String s : new String[] {"fileAs", "displayName", "givenName", "initials", "middleName", "nickName",
            "surname", "title", "yomiGivenName", "yomiSurname", "yomiCompanyName", "generation"}) {
            WRITABLE.put(s, Kind.STRING);
        }
        WRITABLE.put("imAddresses", Kind.STRINGS);
        for (String s : new String[] {"jobTitle", "companyName", "department", "officeLocation", "profession",
            "businessHomePage", "assistantName", "manager"}) {
            WRITABLE.put(s, Kind.STRING);
        }
        WRITABLE.put("homePhones", Kind.STRINGS);
        WRITABLE.put("mobilePhone", Kind.STRING);
        WRITABLE.put("businessPhones", Kind.STRINGS);
        WRITABLE.put("spouseName", Kind.STRING);
        WRITABLE.put("personalNotes", Kind.STRING);
        WRITABLE.put("children", Kind.STRINGS);
        WRITABLE.put("emailAddresses", Kind.EMAILS);
        WRITABLE.put("homeAddress", Kind.ADDRESS);
        WRITABLE.put("businessAddress", Kind.ADDRESS);
        WRITABLE.put("otherAddress", Kind.ADDRESS);
        WRITABLE.put("primaryEmailAddress", Kind.EMAIL);
        WRITABLE.put("secondaryEmailAddress", Kind.EMAIL);
        WRITABLE.put("tertiaryEmailAddress", Kind.EMAIL);
    }

    /**
     * Result of applying a write: the new stored properties, single- and multi-value extended properties and open
     * extensions given (null = not in the body).
     */
    record Applied(ObjectNode properties, ArrayNode extendedProperties, ArrayNode multiValue,
            ArrayNode extensions) {
    }

    private ContactSchema() {
    }

    /** Validates a POST/PATCH body and merges it over {@code base} (null on create); collections are replaced. */
    static Applied apply(ObjectNode base, ObjectNode body) {
        ObjectNode props = base == null ? JsonNodeFactory.instance.objectNode() : base.deepCopy();
        ArrayNode ext = null;
        ArrayNode multi = null;
        ArrayNode extensions = null;
        Map<Integer, JsonNode> emailSlots = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("@odata.") || name.contains("@odata.") || READ_ONLY.contains(name)
                    || IGNORED_NAVIGATION.contains(name)) {
                continue;
            }
            if (name.equals("singleValueExtendedProperties")) {
                ext = extendedProperties(value);
                continue;
            }
            if (name.equals(ContactNavigation.MULTI_VALUE)) {
                multi = ContactNavigation.multiValueFromBody(value);
                continue;
            }
            if (name.equals(ContactNavigation.EXTENSIONS)) {
                if (base != null) {
                    // extensions are created with a contact, changed only through .../extensions/{id}
                    continue;
                }
                extensions = JsonNodeFactory.instance.arrayNode();
                for (JsonNode x : value) {
                    extensions.add(ContactNavigation.extensionFromBody(x));
                }
                continue;
            }
            Kind kind = WRITABLE.get(name);
            if (kind == null) {
                throw unknownProperty(name, "contact");
            }
            if (kind == Kind.EMAIL) {
                emailSlots.put(EMAIL_SLOTS.indexOf(name), value == null || value.isNull() ? null
                        : complex(name, value, EMAIL_FIELDS, "emailAddress"));
                continue;
            }
            if (value == null || value.isNull()) {
                props.remove(name);
                continue;
            }
            JsonNode normalized = normalize(name, kind, value);
            if (normalized == null) {
                props.remove(name);
            } else {
                props.set(name, normalized);
            }
        }
        if (!emailSlots.isEmpty()) {
            applyEmailSlots(props, emailSlots);
        }
        if (base == null && !props.hasNonNull("displayName")) {
            String generated = generatedDisplayName(props);
            if (!generated.isEmpty()) {
                props.put("displayName", generated);
            }
        }
        return new Applied(props, ext, multi, extensions);
    }

    /**
     * primary/secondary/tertiaryEmailAddress are Exchange's Email1..3, the same slots {@code emailAddresses} lists:
     * a write replaces (or with null clears) one slot; the list keeps the non-empty slots in order.
     */
    private static void applyEmailSlots(ObjectNode props, Map<Integer, JsonNode> slots) {
        JsonNode[] current = new JsonNode[EMAIL_SLOTS.size()];
        JsonNode stored = props.path("emailAddresses");
        for (int i = 0; i < stored.size() && i < current.length; i++) {
            current[i] = stored.get(i);
        }
        slots.forEach((i, v) -> current[i] = v);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode v : current) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        if (out.isEmpty()) {
            props.remove("emailAddresses");
        } else {
            props.set("emailAddresses", out);
        }
    }

    private static JsonNode normalize(String name, Kind kind, JsonNode value) {
        switch (kind) {
            case STRING:
                return text(name, value, "Edm.String");
            case DATE_TIME:
                return birthday(name, value);
            case STRINGS: {
                ArrayNode out = array(name, value, "Edm.String");
                for (JsonNode v : value) {
                    out.add(text(name, v, "Edm.String"));
                }
                checkLimit(name, out.size());
                return out;
            }
            case EMAILS: {
                ArrayNode out = array(name, value, "microsoft.graph.emailAddress");
                for (JsonNode v : value) {
                    out.add(complex(name, v, EMAIL_FIELDS, "emailAddress"));
                }
                checkLimit(name, out.size());
                return out;
            }
            case ADDRESS:
                return complex(name, value, ADDRESS_FIELDS, "physicalAddress");
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /** Graph stores birthdays at 11:59 UTC of the given date (the wire doc's quirk): compare by date only. */
    private static JsonNode birthday(String name, JsonNode value) {
        String s = text(name, value, "Edm.DateTimeOffset").asText();
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            return JsonNodeFactory.instance.textNode(t.toLocalDate() + "T11:59:00Z");
        } catch (DateTimeParseException e) {
            throw StoreException.badRequest("RequestBodyRead", "Cannot convert the literal '" + s
                    + "' to the expected type 'Edm.DateTimeOffset'.");
        }
    }

    private static JsonNode text(String name, JsonNode value, String type) {
        if (!value.isTextual()) {
            throw StoreException.badRequest("RequestBodyRead", "Cannot convert the literal '" + value
                    + "' to the expected type '" + type + "' for property '" + name + "'.");
        }
        return value;
    }

    private static ArrayNode array(String name, JsonNode value, String type) {
        if (!value.isArray()) {
            throw StoreException.badRequest("RequestBodyRead", "A node of type '" + value.getNodeType()
                    + "' was read from the JSON reader when trying to read the value of property '" + name
                    + "'; however, a 'StartArray' node of type 'Collection(" + type + ")' was expected.");
        }
        return JsonNodeFactory.instance.arrayNode();
    }

    private static ObjectNode complex(String name, JsonNode value, Set<String> allowed, String type) {
        if (!value.isObject()) {
            throw StoreException.badRequest("RequestBodyRead", "A node of type '" + value.getNodeType()
                    + "' was read when trying to read property '" + name + "'; 'StartObject' of type 'microsoft.graph."
                    + type + "' was expected.");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().startsWith("@odata.")) {
                continue;
            }
            if (!allowed.contains(f.getKey())) {
                throw unknownProperty(f.getKey(), type);
            }
            if (!f.getValue().isNull()) {
                out.set(f.getKey(), text(f.getKey(), f.getValue(), "Edm.String"));
            }
        }
        return out;
    }

    private static ArrayNode extendedProperties(JsonNode value) {
        ArrayNode out = array("singleValueExtendedProperties", value,
                "microsoft.graph.singleValueLegacyExtendedProperty");
        for (JsonNode v : value) {
            if (!v.isObject() || !v.path("id").isTextual() || !v.path("value").isTextual()) {
                throw StoreException.badRequest("RequestBodyRead",
                        "A singleValueExtendedProperty needs a string 'id' and a string 'value'.");
            }
            ObjectNode p = JsonNodeFactory.instance.objectNode();
            p.put("id", v.get("id").asText());
            p.put("value", v.get("value").asText());
            out.add(p);
        }
        return out;
    }

    /** Merges new extended properties over stored ones by id (Exchange keeps properties not mentioned). */
    static ArrayNode mergeExtended(ArrayNode stored, ArrayNode update) {
        if (stored == null) {
            return update;
        }
        ArrayNode out = stored.deepCopy();
        for (JsonNode u : update) {
            boolean replaced = false;
            for (int i = 0; i < out.size(); i++) {
                if (ExtendedPropertyIds.same(out.get(i).get("id").asText(), u.get("id").asText())) {
                    out.set(i, u);
                    replaced = true;
                }
            }
            if (!replaced) {
                out.add(u);
            }
        }
        return out;
    }

    private static void checkLimit(String name, int size) {
        Integer max = LIMITS.get(name);
        if (max != null && size > max) {
            throw StoreException.badRequest("ErrorInvalidArgument", "The multi value property " + LIMIT_NAMES.get(
                    name) + " has " + size + " entries, that exceeds the max allowed value of " + max);
        }
    }

    private static String generatedDisplayName(ObjectNode p) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {"givenName", "middleName", "surname"}) {
            String v = p.path(part).asText("");
            if (!v.isBlank()) {
                sb.append(sb.length() == 0 ? "" : " ").append(v);
            }
        }
        return sb.toString();
    }

    public static StoreException unknownProperty(String name, String type) {
        return StoreException.badRequest("RequestBodyRead", "The property '" + name
                + "' does not exist on type 'microsoft.graph." + type + "'. Make sure to only use property names that"
                + " are defined by the type or mark the type as open type.");
    }
}
