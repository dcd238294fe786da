package io.github.outlookcontacts.connect;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.outlookcontacts.model.GraphJson;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;

/**
 * The contact as a Connect {@link Struct} with one fixed schema ({@code value.schema.enable=true}): Graph's contact
 * properties as optional fields (strings, string arrays, email address and physical address structs, extended
 * properties), the three DateTimeOffset properties as Connect {@code Timestamp}s, and {@code @odata.etag} as
 * {@code etag}. Every other property (open extensions, annotations, properties Graph adds later, a date that does not
 * parse) goes into {@code additionalProperties} as its JSON text, so nothing Graph sent is lost and the schema never
 * changes with the data (a schema registry sees one version).
 */
final class ContactStruct {

    static final Schema EMAIL = SchemaBuilder.struct().name("io.github.outlookcontacts.EmailAddress").optional()
            .field("name", Schema.OPTIONAL_STRING_SCHEMA)
            .field("address", Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    static final Schema ADDRESS = SchemaBuilder.struct().name("io.github.outlookcontacts.PhysicalAddress").optional()
            .field("street", Schema.OPTIONAL_STRING_SCHEMA)
            .field("city", Schema.OPTIONAL_STRING_SCHEMA)
            .field("state", Schema.OPTIONAL_STRING_SCHEMA)
            .field("countryOrRegion", Schema.OPTIONAL_STRING_SCHEMA)
            .field("postalCode", Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    static final Schema SINGLE_VALUE = SchemaBuilder.struct()
            .name("io.github.outlookcontacts.SingleValueExtendedProperty")
            .field("id", Schema.STRING_SCHEMA)
            .field("value", Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    static final Schema MULTI_VALUE = SchemaBuilder.struct()
            .name("io.github.outlookcontacts.MultiValueExtendedProperty")
            .field("id", Schema.STRING_SCHEMA)
            .field("value", SchemaBuilder.array(Schema.STRING_SCHEMA).optional().build())
            .build();

    private static final Schema TIMESTAMP = Timestamp.builder().optional().build();
    private static final Schema STRINGS = SchemaBuilder.array(Schema.STRING_SCHEMA).optional().build();

    private static final List<String> STRING_FIELDS = List.of("changeKey", "parentFolderId", "assistantName",
            "businessHomePage", "companyName", "department", "displayName", "fileAs", "generation", "givenName",
            "initials", "jobTitle", "manager", "middleName", "mobilePhone", "nickName", "officeLocation",
            "personalNotes", "profession", "spouseName", "surname", "title", "yomiCompanyName", "yomiGivenName",
            "yomiSurname");
    private static final List<String> TIMESTAMP_FIELDS = List.of("createdDateTime", "lastModifiedDateTime",
            "birthday");
    private static final List<String> ARRAY_FIELDS = List.of("categories", "businessPhones", "children",
            "homePhones", "imAddresses");
    private static final List<String> EMAIL_FIELDS = List.of("primaryEmailAddress", "secondaryEmailAddress",
            "tertiaryEmailAddress");
    private static final List<String> ADDRESS_FIELDS = List.of("businessAddress", "homeAddress", "otherAddress");
    private static final String ETAG = "@odata.etag";
    static final String ADDITIONAL = "additionalProperties";

    static final Schema SCHEMA = schema();

    private ContactStruct() {
    }

    private static Schema schema() {
        SchemaBuilder b = SchemaBuilder.struct().name("io.github.outlookcontacts.Contact").version(1)
                .doc("A Microsoft Graph contact (v1.0)")
                .field("id", Schema.STRING_SCHEMA)
                .field("etag", Schema.OPTIONAL_STRING_SCHEMA);
        STRING_FIELDS.forEach(f -> b.field(f, Schema.OPTIONAL_STRING_SCHEMA));
        TIMESTAMP_FIELDS.forEach(f -> b.field(f, TIMESTAMP));
        ARRAY_FIELDS.forEach(f -> b.field(f, STRINGS));
        b.field("emailAddresses", SchemaBuilder.array(EMAIL).optional().build());
        EMAIL_FIELDS.forEach(f -> b.field(f, EMAIL));
        ADDRESS_FIELDS.forEach(f -> b.field(f, ADDRESS));
        b.field("singleValueExtendedProperties", SchemaBuilder.array(SINGLE_VALUE).optional().build());
        b.field("multiValueExtendedProperties", SchemaBuilder.array(MULTI_VALUE).optional().build());
        b.field(ADDITIONAL, SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.STRING_SCHEMA).optional().build());
        return b.build();
    }

    /** The struct of a contact given as Graph JSON in map form (as {@code GraphJson.toMap} makes it). */
    static Struct of(Map<String, Object> contact) {
        Struct s = new Struct(SCHEMA);
        Map<String, String> additional = new LinkedHashMap<>();
        Set<String> modelled = new java.util.HashSet<>(List.of("id", ETAG, "emailAddresses",
                "singleValueExtendedProperties", "multiValueExtendedProperties"));
        s.put("id", String.valueOf(contact.get("id")));
        s.put("etag", text(contact.get(ETAG)));
        for (String f : STRING_FIELDS) {
            s.put(f, text(contact.get(f)));
            modelled.add(f);
        }
        for (String f : TIMESTAMP_FIELDS) {
            modelled.add(f);
            Object value = contact.get(f);
            Date date = timestamp(value);
            s.put(f, date);
            if (date == null && value != null) {
                additional.put(f, GraphJson.toJson(value));
            }
        }
        for (String f : ARRAY_FIELDS) {
            s.put(f, strings(contact.get(f)));
            modelled.add(f);
        }
        s.put("emailAddresses", list(contact.get("emailAddresses"), m -> email(m)));
        for (String f : EMAIL_FIELDS) {
            s.put(f, email(contact.get(f)));
            modelled.add(f);
        }
        for (String f : ADDRESS_FIELDS) {
            s.put(f, address(contact.get(f)));
            modelled.add(f);
        }
        s.put("singleValueExtendedProperties", list(contact.get("singleValueExtendedProperties"),
                p -> new Struct(SINGLE_VALUE).put("id", text(p.get("id"))).put("value", text(p.get("value")))));
        s.put("multiValueExtendedProperties", list(contact.get("multiValueExtendedProperties"),
                p -> new Struct(MULTI_VALUE).put("id", text(p.get("id"))).put("value", strings(p.get("value")))));
        contact.forEach((name, value) -> {
            if (!modelled.contains(name) && value != null) {
                additional.put(name, GraphJson.toJson(value));
            }
        });
        s.put(ADDITIONAL, additional.isEmpty() ? null : additional);
        return s;
    }

    private static Struct email(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return null;
        }
        return new Struct(EMAIL).put("name", text(m.get("name"))).put("address", text(m.get("address")));
    }

    private static Struct address(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return null;
        }
        Struct a = new Struct(ADDRESS);
        for (String f : List.of("street", "city", "state", "countryOrRegion", "postalCode")) {
            a.put(f, text(m.get(f)));
        }
        return a;
    }

    private static <T> List<T> list(Object value, java.util.function.Function<Map<?, ?>, T> item) {
        if (!(value instanceof List<?> items)) {
            return null;
        }
        List<T> out = new ArrayList<>(items.size());
        for (Object o : items) {
            if (o instanceof Map<?, ?> m) {
                out.add(item.apply(m));
            }
        }
        return out;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> items)) {
            return null;
        }
        List<String> out = new ArrayList<>(items.size());
        items.forEach(o -> {
            if (o != null) {
                out.add(o.toString());
            }
        });
        return out;
    }

    /** Graph's DateTimeOffset (ISO 8601 with an offset, up to seven fractional digits); null if it does not parse. */
    private static Date timestamp(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return null;
        }
        try {
            return Date.from(java.time.OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(Instant.parse(text));
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
