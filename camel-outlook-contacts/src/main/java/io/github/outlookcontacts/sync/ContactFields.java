package io.github.outlookcontacts.sync;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;

/**
 * The fields of a contact as the field diff compares them: each top-level property with a value, in canonical JSON
 * text (Graph's own member order); unset values (absent, null, blank, empty list or object) are left out, and so are
 * OData annotations, the properties that never change for a contact in a folder ({@link #FIXED}) and the ignored
 * ones. A photo, when asked for, is the pseudo-field {@code photo} holding its hash.
 */
final class ContactFields {

    static final String PHOTO = "photo";
    /** The same for every version of a contact in one folder (a move is a delete and a create). */
    static final Set<String> FIXED = Set.of("id", "parentFolderId", "createdDateTime");

    private ContactFields() {
    }

    /** Field name to canonical value text, sorted by name. */
    static TreeMap<String, String> of(Contact contact, String photoHash, Set<String> ignored) {
        ObjectNode json = GraphJson.toObjectNode(contact);
        TreeMap<String, String> fields = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.contains("@") || FIXED.contains(name) || ignored.contains(name) || isUnset(field.getValue())) {
                continue;
            }
            fields.put(name, field.getValue().toString());
        }
        if (photoHash != null) {
            fields.put(PHOTO, "\"" + photoHash + "\"");
        }
        return fields;
    }

    static boolean isUnset(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return true;
        }
        if (value.isTextual()) {
            return value.asText().isBlank();
        }
        if (value.isContainerNode()) {
            for (JsonNode member : value) {
                if (!isUnset(member)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** 32 bits of a 64-bit FNV-1a over the UTF-8 text: a compact, stable fingerprint of a name or a value. */
    static int hash32(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return (int) (h ^ (h >>> 32));
    }
}
