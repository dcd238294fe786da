package io.github.outlookcontacts.emulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A contact's multi-value extended properties and open extensions (the overview's "extensions"), stored together as
 * one compact JSON object {@code {"multiValueExtendedProperties":[...],"extensions":[...]}}.
 */
public final class ContactNavigation {

    public static final String MULTI_VALUE = "multiValueExtendedProperties";
    public static final String EXTENSIONS = "extensions";
    /** The id prefix Outlook gives open extensions. */
    public static final String EXTENSION_ID_PREFIX = "Microsoft.OutlookServices.OpenTypeExtension.";

    private final ArrayNode multiValue;
    private final ArrayNode extensions;

    private ContactNavigation(ArrayNode multiValue, ArrayNode extensions) {
        this.multiValue = multiValue;
        this.extensions = extensions;
    }

    static ContactNavigation of(byte[] stored) {
        if (stored == null) {
            return new ContactNavigation(JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.arrayNode());
        }
        ObjectNode o = Json.object(stored);
        return new ContactNavigation((ArrayNode) o.get(MULTI_VALUE), (ArrayNode) o.get(EXTENSIONS));
    }

    public ArrayNode multiValue() {
        return multiValue.deepCopy();
    }

    public ArrayNode extensions() {
        return extensions.deepCopy();
    }

    byte[] bytes() {
        if (multiValue.isEmpty() && extensions.isEmpty()) {
            return null;
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set(MULTI_VALUE, multiValue);
        o.set(EXTENSIONS, extensions);
        return Json.bytes(o);
    }

    ContactNavigation withMultiValue(ArrayNode update) {
        return new ContactNavigation(ContactSchema.mergeExtended(multiValue, update), extensions);
    }

    /** The extension named by {@code extensionId}: its name or its full id, case-insensitive; null if none. */
    public ObjectNode extension(String extensionId) {
        int i = indexOf(extensionId);
        return i < 0 ? null : (ObjectNode) extensions.get(i).deepCopy();
    }

    ContactNavigation withExtension(ObjectNode extension) {
        ArrayNode out = extensions.deepCopy();
        int i = indexOf(extension.get("extensionName").asText());
        if (i < 0) {
            out.add(extension);
        } else {
            out.set(i, extension);
        }
        return new ContactNavigation(multiValue, out);
    }

    ContactNavigation withoutExtension(String extensionId) {
        ArrayNode out = extensions.deepCopy();
        out.remove(indexOf(extensionId));
        return new ContactNavigation(multiValue, out);
    }

    private int indexOf(String extensionId) {
        String name = extensionId.regionMatches(true, 0, EXTENSION_ID_PREFIX, 0, EXTENSION_ID_PREFIX.length())
                ? extensionId.substring(EXTENSION_ID_PREFIX.length()) : extensionId;
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).get("extensionName").asText().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An open extension as Outlook stores it from a POST/PATCH body: {@code extensionName} required, custom data of
     * primitive types or arrays of them, {@code id} = prefix + name.
     */
    static ObjectNode extensionFromBody(JsonNode body) {
        if (body == null || !body.isObject() || !body.path("extensionName").isTextual()
                || body.get("extensionName").asText().isBlank()) {
            throw StoreException.badRequest("ErrorInvalidRequest",
                    "An open extension needs '@odata.type': 'microsoft.graph.openTypeExtension' and an"
                            + " 'extensionName'.");
        }
        String type = body.path("@odata.type").asText("").toLowerCase(Locale.ROOT);
        if (!type.endsWith("opentypeextension")) {
            throw StoreException.badRequest("ErrorInvalidRequest",
                    "The '@odata.type' of an open extension must be 'microsoft.graph.openTypeExtension'.");
        }
        String name = body.get("extensionName").asText();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("@odata.type", "#microsoft.graph.openTypeExtension");
        out.put("id", EXTENSION_ID_PREFIX + name);
        out.put("extensionName", name);
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            if (key.equals("extensionName") || key.equals("id") || key.startsWith("@odata.")) {
                continue;
            }
            JsonNode v = f.getValue();
            boolean primitive = v.isValueNode() || v.isArray() && allValues(v);
            if (!primitive) {
                throw StoreException.badRequest("ErrorInvalidRequest", "The open extension property '" + key
                        + "' must be a primitive type or an array of primitive types.");
            }
            out.set(key, v);
        }
        return out;
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode v : array) {
            if (!v.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    /** multiValueExtendedProperties from a body: each {@code {"id": string, "value": [strings]}}. */
    static ArrayNode multiValueFromBody(JsonNode value) {
        if (value == null || !value.isArray()) {
            throw StoreException.badRequest("RequestBodyRead", "multiValueExtendedProperties must be an array.");
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode v : value) {
            if (!v.isObject() || !v.path("id").isTextual() || !v.path("value").isArray() || !allValues(v.get("value"))) {
                throw StoreException.badRequest("RequestBodyRead",
                        "A multiValueExtendedProperty needs a string 'id' and a 'value' array of strings.");
            }
            ObjectNode p = JsonNodeFactory.instance.objectNode();
            p.put("id", v.get("id").asText());
            ArrayNode values = p.putArray("value");
            v.get("value").forEach(x -> values.add(x.asText()));
            out.add(p);
        }
        return out;
    }
}
