package io.github.outlookcontacts.camel;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.apache.camel.Converter;

/**
 * Type converters for the consumer's body: a {@link Contact} as Graph JSON (camelCase, as Graph sends it, properties
 * the model does not know included), as a {@code Map}, as UTF-8 bytes or as a stream of them.
 */
@Converter(generateLoader = true)
public final class ContactConverters {

    private ContactConverters() {
    }

    @Converter
    public static String toJson(Contact contact) {
        return GraphJson.toJson(contact);
    }

    @Converter
    public static Map<String, Object> toMap(Contact contact) {
        return GraphJson.toMap(contact);
    }

    @Converter
    public static byte[] toBytes(Contact contact) {
        return GraphJson.toJsonBytes(contact);
    }

    @Converter
    public static InputStream toInputStream(Contact contact) {
        return new ByteArrayInputStream(GraphJson.toJsonBytes(contact));
    }
}
