package io.github.outlookcontacts.camel;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.apache.camel.Converter;

/**
 * Type converters for the contact model: Graph JSON (camelCase, unknown properties kept) as String, bytes or stream,
 * and a Map.
 */
@Converter(generateLoader = true)
public final class ContactConverters {

    private ContactConverters() {
    }

    @Converter
    public static String toString(Contact contact) {
        return GraphJson.toJson(contact);
    }

    @Converter
    public static byte[] toBytes(Contact contact) {
        return GraphJson.toJsonBytes(contact);
    }

    @Converter
    public static InputStream toInputStream(Contact contact) {
        return new ByteArrayInputStream(GraphJson.toJsonBytes(contact));
    }

    @Converter
    public static Map<String, Object> toMap(Contact contact) {
        return GraphJson.toMap(contact);
    }
}
