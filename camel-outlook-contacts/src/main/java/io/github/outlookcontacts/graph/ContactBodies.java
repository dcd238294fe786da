package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactJsonNormalizer;
import io.github.outlookcontacts.model.ContactProperties;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.model.validation.ContactValidator;

/**
 * Turns a message body (the {@link Contact} model, a {@code Map}, a JSON {@code String} / {@code byte[]} /
 * {@code InputStream} in Graph camelCase, or in the Outlook REST v2.0 PascalCase, see
 * {@link ContactJsonNormalizer}) into the validated Graph JSON to send.
 * <p>
 * Only the properties present are kept: a model's null fields are absent, while a map's or JSON's explicit
 * {@code null} stays (and clears that property on update). Property names of maps and JSON are checked against
 * Graph's contact properties; a model's extra properties are trusted, as they came from Graph. Read-only properties
 * ({@code id}, {@code changeKey}, timestamps, {@code parentFolderId}) and OData annotations are dropped.
 */
public final class ContactBodies {

    private ContactBodies() {
    }

    /** A whole contact (create, upsert): validated, needs a name or an email address. */
    public static ObjectNode forCreate(Object body) {
        return prepared(body, ContactValidator.Mode.COMPLETE);
    }

    /** A partial contact (update): validated; must set at least one property. */
    public static ObjectNode forUpdate(Object body) {
        ObjectNode patch = prepared(body, ContactValidator.Mode.PARTIAL);
        if (patch.isEmpty()) {
            throw new IllegalArgumentException("update: the body sets no writable contact property");
        }
        return patch;
    }

    public static Contact toContact(JsonNode json) {
        return GraphJson.fromTree(json, Contact.class);
    }

    /** The contact Graph answered with, or one holding only {@code id} when the answer had no body. */
    public static Contact toContact(JsonNode json, String id) {
        return json == null || !json.isObject() ? Contact.ofId(id) : toContact(json);
    }

    /** The contact as it would be after the PATCH {@code changes} (dry run): a copy of {@code existing}. */
    public static Contact merged(ObjectNode existing, ObjectNode changes) {
        ObjectNode result = existing.deepCopy();
        result.setAll(changes);
        return toContact(result);
    }

    /** The names of the properties a PATCH sets, in its order (the dry run's changed fields). */
    public static List<String> fieldNames(ObjectNode patch) {
        List<String> names = new ArrayList<>();
        patch.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ObjectNode prepared(Object body, ContactValidator.Mode mode) {
        ObjectNode json = ContactJsonNormalizer.normalize(toJson(body));
        ContactValidator.validate(json, mode, !(body instanceof Contact));
        for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.contains("@") || ContactProperties.READ_ONLY.contains(name)) {
                names.remove();
            }
        }
        return json;
    }

    /** The body as a JSON object (a copy; the body is never modified). */
    public static ObjectNode toJson(Object body) {
        if (body == null) {
            throw new IllegalArgumentException("the body is empty; send a contact (model class, Map or JSON String)");
        }
        if (body instanceof Contact contact) {
            return GraphJson.toObjectNode(contact);
        }
        if (body instanceof ObjectNode node) {
            return node.deepCopy();
        }
        if (body instanceof Map<?, ?> map) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            // Explicit nulls are kept: on update they clear the property.
            map.forEach((k, v) -> node.set(String.valueOf(k), v == null ? node.nullNode() : GraphJson.toTree(v)));
            return node;
        }
        String json;
        if (body instanceof String s) {
            json = s;
        } else if (body instanceof byte[] bytes) {
            json = utf8(bytes);
        } else if (body instanceof InputStream in) {
            try {
                json = utf8(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the body: " + e.getMessage(), e);
            }
        } else {
            throw new IllegalArgumentException("unsupported body type " + body.getClass().getName()
                    + "; send a Contact, a Map or a JSON String (Graph camelCase)");
        }
        JsonNode node = parse(json);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("the JSON body must be an object (one contact), not "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return object;
    }

    /** Parses a JSON text body; a syntax error names where it is, in the message body's own lines and columns. */
    private static JsonNode parse(String json) {
        if (json.isBlank()) {
            throw new IllegalArgumentException("the message body is blank; send a contact (model class, Map or JSON"
                    + " String)");
        }
        try {
            return GraphJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String problem = e.getOriginalMessage();
            // Jackson's detail may quote a source location of its own ("[Source: ...]"): ours is enough.
            int source = problem.indexOf(" (start marker at [Source");
            throw new IllegalArgumentException("the message body is not valid JSON" + where + ": "
                    + (source < 0 ? problem : problem.substring(0, source)), e);
        }
    }

    /** Decodes strictly: a body in another charset fails here instead of reaching Graph with replaced characters. */
    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IllegalArgumentException("the body is not valid UTF-8: byte 0x"
                                               + Integer.toHexString(bytes[in.position()] & 0xff) + " at offset "
                                               + in.position() + "; send the contact JSON encoded in UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
