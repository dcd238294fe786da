package io.github.outlookcontacts.emulator.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactSchema;
import io.github.outlookcontacts.emulator.store.FolderInfo;
import io.github.outlookcontacts.emulator.store.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/** Writes contacts and folders as Graph JSON: canonical property order, unset values as null, [] or {}. */
final class ContactJsonWriter {

    private ContactJsonWriter() {
    }

    /**
     * Writes one contact.
     *
     * @param select        selected properties or null for all (id and @odata.etag are always written)
     * @param withType      write {@code @odata.type} (delta pages)
     * @param expand        navigation properties to write, each with a filter on its entries (null = all)
     */
    static void contact(JsonGenerator g, ContactEntry e, Set<String> select, boolean withType,
            Map<String, ODataFilter> expand) throws IOException {
        contact(g, e, select, withType, expand, null);
    }

    /** Like the other overload, with an {@code @odata.context} first (single-entity responses). */
    static void contact(JsonGenerator g, ContactEntry e, Set<String> select, boolean withType,
            Map<String, ODataFilter> expand, String context) throws IOException {
        g.writeStartObject();
        if (context != null) {
            g.writeStringField("@odata.context", context);
        }
        if (withType) {
            g.writeStringField("@odata.type", "#microsoft.graph.contact");
        }
        g.writeStringField("@odata.etag", e.etag());
        g.writeStringField("id", e.id());
        if (wants(select, "createdDateTime")) {
            g.writeStringField("createdDateTime", time(e.createdMillis()));
        }
        if (wants(select, "lastModifiedDateTime")) {
            g.writeStringField("lastModifiedDateTime", time(e.modifiedMillis()));
        }
        if (wants(select, "changeKey")) {
            g.writeStringField("changeKey", e.changeKey());
        }
        ObjectNode props = Json.object(e.json());
        for (Map.Entry<String, ContactSchema.Kind> p : ContactSchema.WRITABLE.entrySet()) {
            String name = p.getKey();
            if (!wants(select, name)) {
                continue;
            }
            JsonNode v = p.getValue() == ContactSchema.Kind.EMAIL ? emailSlot(props, name) : props.get(name);
            g.writeFieldName(name);
            if (v != null) {
                g.writeTree(v);
            } else {
                switch (p.getValue()) {
                    case STRINGS, EMAILS -> {
                        g.writeStartArray();
                        g.writeEndArray();
                    }
                    case ADDRESS -> {
                        g.writeStartObject();
                        g.writeEndObject();
                    }
                    default -> g.writeNull();
                }
            }
            if (name.equals("categories") && wants(select, "parentFolderId")) {
                g.writeStringField("parentFolderId", e.folderId());
            }
        }
        if (select != null && !select.contains("categories") && select.contains("parentFolderId")) {
            g.writeStringField("parentFolderId", e.folderId());
        }
        for (Map.Entry<String, ODataFilter> x : expand.entrySet()) {
            ArrayNode entries = switch (x.getKey()) {
                case "singleValueExtendedProperties" -> e.extendedProps() == null ? Json.MAPPER.createArrayNode()
                        : Json.array(e.extendedProps());
                case "multiValueExtendedProperties" -> e.nav().multiValue();
                default -> e.nav().extensions();
            };
            g.writeArrayFieldStart(x.getKey());
            for (JsonNode p : entries) {
                if (x.getValue() == null || x.getValue().test(p)) {
                    g.writeTree(p);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Writes one folder; {@code rootId} stands in for the default folder's missing parent (the mailbox root), and
     * {@code context} is written first when not null.
     */
    static void folder(JsonGenerator g, FolderInfo f, boolean withType, String rootId, String context)
            throws IOException {
        g.writeStartObject();
        if (context != null) {
            g.writeStringField("@odata.context", context);
        }
        if (withType) {
            g.writeStringField("@odata.type", "#microsoft.graph.contactFolder");
        }
        g.writeStringField("id", f.id());
        g.writeStringField("displayName", f.displayName());
        g.writeStringField("parentFolderId", f.parentFolderId() == null ? rootId : f.parentFolderId());
        g.writeEndObject();
    }

    /** A folder as the view a $filter sees. */
    static ObjectNode filterView(FolderInfo f, String rootId) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", f.id());
        o.put("displayName", f.displayName());
        o.put("parentFolderId", f.parentFolderId() == null ? rootId : f.parentFolderId());
        return o;
    }

    /** A contact as the view a $filter sees: stored properties plus id, folder and extended properties. */
    static ObjectNode filterView(ContactEntry e) {
        ObjectNode props = Json.object(e.json());
        props.put("id", e.id());
        props.put("parentFolderId", e.folderId());
        props.put("changeKey", e.changeKey());
        props.put("createdDateTime", time(e.createdMillis()));
        props.put("lastModifiedDateTime", time(e.modifiedMillis()));
        for (String slot : ContactSchema.EMAIL_SLOTS) {
            JsonNode v = emailSlot(props, slot);
            if (v != null) {
                props.set(slot, v);
            }
        }
        props.set("singleValueExtendedProperties", e.extendedProps() == null ? Json.MAPPER.createArrayNode()
                : Json.array(e.extendedProps()));
        return props;
    }

    /** primary/secondary/tertiaryEmailAddress show the first three emailAddresses entries (Email1..3). */
    private static JsonNode emailSlot(ObjectNode props, String name) {
        return props.path("emailAddresses").get(ContactSchema.EMAIL_SLOTS.indexOf(name));
    }

    private static boolean wants(Set<String> select, String name) {
        return select == null || select.contains(name);
    }

    static String time(long millis) {
        return Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
