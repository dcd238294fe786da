package io.github.outlookcontacts.camel.producer;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;

/**
 * Reads per-message values: the header first, then the endpoint's configuration, else an
 * {@link IllegalArgumentException} that names the header (and option) to set.
 */
public final class HeaderResolvers {

    public static final String DEFAULT_PHOTO_TYPE = "image/jpeg";

    private HeaderResolvers() {
    }

    /**
     * The contact id from the header, else (when {@code stringBody}) a non-blank {@code String} body, else (when
     * {@code modelBody}) the {@code id} of a contact or map body.
     */
    public static String contactId(Exchange exchange, String op, boolean stringBody, boolean modelBody) {
        String id = header(exchange, ProducerHeaders.CONTACT_ID);
        Object body = exchange.getMessage().getBody();
        if (id == null && stringBody && body instanceof String s && !s.isBlank() && !s.trim().startsWith("{")) {
            id = s.trim();
        }
        if (id == null && modelBody) {
            id = idOf(body);
        }
        if (id == null) {
            throw new IllegalArgumentException(op + " needs the contact id: set the header "
                    + ProducerHeaders.CONTACT_ID + (stringBody ? " or send the id as a String body" : "")
                    + (modelBody ? " or send a contact that carries its id" : ""));
        }
        return id;
    }

    /** The id of a contact, map or JSON-tree body, or null. */
    static String idOf(Object body) {
        Object id = null;
        if (body instanceof Contact c) {
            id = c.getId();
        } else if (body instanceof Map<?, ?> m) {
            id = m.get("id");
        } else if (body instanceof JsonNode n && n.hasNonNull("id")) {
            id = n.get("id").asText();
        }
        return id == null || id.toString().isBlank() ? null : id.toString();
    }

    /** The etag to send as {@code If-Match}, or null. */
    public static String etag(Exchange exchange) {
        return header(exchange, ProducerHeaders.ETAG);
    }

    /** The upsert key header, or null. */
    public static String externalId(Exchange exchange) {
        return header(exchange, ProducerHeaders.EXTERNAL_ID);
    }

    /** The folder id header (getFolder, deleteFolder), or null. */
    public static String folderId(Exchange exchange) {
        return header(exchange, ProducerHeaders.FOLDER_ID);
    }

    /** createFolder: the header {@code CamelOutlookContactsFolderName}, else a non-blank String body. */
    public static String folderName(Exchange exchange) {
        String name = header(exchange, ProducerHeaders.FOLDER_NAME);
        Object body = exchange.getMessage().getBody();
        if (name == null && body instanceof String s && !s.isBlank()) {
            name = s.trim();
        }
        if (name == null) {
            throw new IllegalArgumentException("createFolder needs the folder's display name: set the header "
                    + ProducerHeaders.FOLDER_NAME + " or send it as a String body");
        }
        return name;
    }

    /** setPhoto/setUserPhoto: the {@code Content-Type} header, else image/jpeg. */
    public static String photoContentType(Exchange exchange) {
        String type = header(exchange, Exchange.CONTENT_TYPE);
        return type == null ? DEFAULT_PHOTO_TYPE : type;
    }

    /** Lists the sizes instead of reading one (getUserPhotoMetadata). */
    public static final String ALL_PHOTO_SIZES = "all";

    /**
     * The photo size: the header {@code CamelOutlookContactsPhotoSize}, else the {@code photoSize} option; null = the
     * largest. Validated against Graph's HD sizes ({@code all} only where {@code allowAll}).
     */
    public static String photoSize(Exchange exchange, ProducerConfiguration config, boolean allowAll) {
        String size = header(exchange, ProducerHeaders.PHOTO_SIZE);
        String where = size != null ? "header " + ProducerHeaders.PHOTO_SIZE : "option photoSize";
        size = size != null ? size : config.getPhotoSize();
        if (size == null || size.isBlank()) {
            return null;
        }
        if (allowAll && size.trim().equalsIgnoreCase(ALL_PHOTO_SIZES)) {
            return ALL_PHOTO_SIZES;
        }
        try {
            return io.github.outlookcontacts.graph.PhotoSize.normalized(size, where);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + (allowAll ? ", or all to list the available sizes"
                    : ""), e);
        }
    }

    private static String header(Exchange exchange, String name) {
        Object value = exchange.getMessage().getHeader(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }
}
