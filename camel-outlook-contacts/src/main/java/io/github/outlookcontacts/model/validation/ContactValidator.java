package io.github.outlookcontacts.model.validation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.ContactProperties;

/**
 * Checks a contact payload (Graph JSON, camelCase) against the rules Microsoft Graph enforces, so a bad payload is
 * refused with every problem named before any HTTP call. The rules:
 * <ul>
 * <li>property names must be Graph v1.0 contact properties (OData annotations such as {@code @odata.type} pass); a
 * typo gets the closest valid name suggested;</li>
 * <li>Graph's multi-value caps: {@code emailAddresses} ≤ 3, {@code businessPhones} ≤ 2, {@code homePhones} ≤ 2,
 * {@code imAddresses} ≤ 3;</li>
 * <li>JSON types: strings, string arrays, {@code emailAddress} and {@code physicalAddress} objects, extended
 * properties with an {@code id};</li>
 * <li>for a whole contact (create, upsert), at least a name or an email address.</li>
 * </ul>
 */
public final class ContactValidator {

    /** What the payload is for. */
    public enum Mode {
        /** A whole contact (create, upsert): needs a name or an email address. */
        COMPLETE,
        /** A partial update (PATCH): only the fields present are checked. */
        PARTIAL
    }

    /** Graph's caps on multi-value properties (400 "exceeds the max allowed value"). */
    public static final Map<String, Integer> MAX_ENTRIES
            = Map.of("emailAddresses", 3, "businessPhones", 2, "homePhones", 2, "imAddresses", 3);

    /** The properties that count as a name for the "name or email" rule. */
    public static final List<String> NAME_FIELDS
            = List.of("givenName", "middleName", "surname", "displayName", "nickName", "companyName");

    private static final Set<String> STRING_ARRAYS
            = Set.of("categories", "businessPhones", "homePhones", "imAddresses", "children");
    private static final Set<String> ADDRESS_OBJECTS = Set.of("businessAddress", "homeAddress", "otherAddress");
    private static final Set<String> ADDRESS_FIELDS = Set.of("street", "city", "state", "countryOrRegion", "postalCode");
    private static final Set<String> EMAIL_OBJECTS
            = Set.of("primaryEmailAddress", "secondaryEmailAddress", "tertiaryEmailAddress");
    private static final Set<String> EMAIL_FIELDS = Set.of("name", "address");
    // Passed through unchecked: Graph validates their inner shapes and we never read them.
    private static final Set<String> OPAQUE = Set.of("multiValueExtendedProperties", "extensions", "photo");

    private ContactValidator() {
    }

    /** Throws a {@link ContactValidationException} listing every problem, if there is any. */
    public static void validate(ObjectNode contact, Mode mode, boolean checkNames) {
        List<ValidationProblem> problems = problems(contact, mode, checkNames);
        if (!problems.isEmpty()) {
            throw new ContactValidationException("contact", problems);
        }
    }

    /**
     * Every problem of the payload, in field order.
     *
     * @param checkNames false to let unknown top-level names through (a typed contact whose extra properties came
     *                   from Graph itself)
     */
    public static List<ValidationProblem> problems(ObjectNode contact, Mode mode, boolean checkNames) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = contact.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            checkField(field.getKey(), field.getValue(), checkNames, problems);
        }
        if (mode == Mode.COMPLETE && !hasName(contact) && !hasEmail(contact)) {
            problems.add(new ValidationProblem("givenName/surname/displayName/emailAddresses",
                    "a contact needs a name (one of " + String.join(", ", NAME_FIELDS)
                    + ") or an email address (emailAddresses[].address); neither is set"));
        }
        return problems;
    }

    private static void checkField(String name, JsonNode value, boolean checkNames, List<ValidationProblem> out) {
        if (ContactProperties.isAnnotation(name)) {
            return;
        }
        if (!ContactProperties.isKnown(name)) {
            if (checkNames) {
                out.add(new ValidationProblem(name, "not a Graph contact property"
                        + ContactProperties.closest(name).map(s -> "; did you mean '" + s + "'?").orElse("")));
            }
            return;
        }
        if (value == null || value.isNull() || OPAQUE.contains(name)) {
            return;
        }
        if (STRING_ARRAYS.contains(name)) {
            checkStringArray(name, value, out);
        } else if ("emailAddresses".equals(name)) {
            checkEmailArray(value, out);
        } else if (ADDRESS_OBJECTS.contains(name)) {
            checkObject(name, value, ADDRESS_FIELDS, out);
        } else if (EMAIL_OBJECTS.contains(name)) {
            checkObject(name, value, EMAIL_FIELDS, out);
        } else if ("singleValueExtendedProperties".equals(name)) {
            checkExtendedProperties(value, out);
        } else if ("birthday".equals(name) && value.isTextual()) {
            checkDateTime(name, value.asText(), out);
        } else if (!value.isTextual()) {
            out.add(new ValidationProblem(name, "must be a string, not " + describe(value)));
        }
        Integer max = MAX_ENTRIES.get(name);
        if (max != null && value.isArray() && value.size() > max) {
            out.add(new ValidationProblem(name, "has " + value.size() + " entries; Graph allows at most " + max));
        }
    }

    /** Graph's Edm.DateTimeOffset: an ISO-8601 date and time with an offset. */
    private static void checkDateTime(String name, String value, List<ValidationProblem> out) {
        try {
            OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            out.add(new ValidationProblem(name, "'" + value + "' is not a date and time with an offset such as"
                                                + " 1990-05-17T00:00:00Z"));
        }
    }

    private static void checkStringArray(String name, JsonNode value, List<ValidationProblem> out) {
        if (!value.isArray()) {
            out.add(new ValidationProblem(name, "must be an array of strings, not " + describe(value)));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                out.add(new ValidationProblem(name + "[" + i + "]", "must be a string, not " + describe(value.get(i))));
            }
        }
    }

    private static void checkEmailArray(JsonNode value, List<ValidationProblem> out) {
        if (!value.isArray()) {
            out.add(new ValidationProblem("emailAddresses",
                    "must be an array of {name, address} objects, not " + describe(value)));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            String field = "emailAddresses[" + i + "]";
            JsonNode entry = value.get(i);
            if (checkObject(field, entry, EMAIL_FIELDS, out) && isBlank(entry.get("address"))) {
                out.add(new ValidationProblem(field + ".address", "missing; every email address needs an address"));
            }
        }
    }

    private static void checkExtendedProperties(JsonNode value, List<ValidationProblem> out) {
        if (!value.isArray()) {
            out.add(new ValidationProblem("singleValueExtendedProperties",
                    "must be an array of {id, value} objects, not " + describe(value)));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            String field = "singleValueExtendedProperties[" + i + "]";
            JsonNode entry = value.get(i);
            if (checkObject(field, entry, Set.of("id", "value"), out) && isBlank(entry.get("id"))) {
                out.add(new ValidationProblem(field + ".id", "missing; an extended property needs its id"));
            }
        }
    }

    /** Checks an object's shape and member names; true when it is an object. */
    private static boolean checkObject(String field, JsonNode value, Set<String> members, List<ValidationProblem> out) {
        if (!value.isObject()) {
            out.add(new ValidationProblem(field, "must be an object with " + members + ", not " + describe(value)));
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            String name = member.getKey();
            if (ContactProperties.isAnnotation(name)) {
                continue;
            }
            if (!members.contains(name)) {
                out.add(new ValidationProblem(field + "." + name, "unknown member; valid members are " + members));
            } else if (!member.getValue().isNull() && !member.getValue().isTextual()) {
                out.add(new ValidationProblem(field + "." + name, "must be a string, not "
                                                                  + describe(member.getValue())));
            }
        }
        return true;
    }

    private static boolean hasName(ObjectNode contact) {
        return NAME_FIELDS.stream().anyMatch(f -> !isBlank(contact.get(f)));
    }

    private static boolean hasEmail(ObjectNode contact) {
        JsonNode emails = contact.get("emailAddresses");
        if (emails == null || !emails.isArray()) {
            return false;
        }
        for (JsonNode e : emails) {
            if (e.isObject() && !isBlank(e.get("address"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank();
    }

    private static String describe(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
