package io.github.outlookcontacts.camel.producer;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.model.GraphJson;
import org.apache.camel.Exchange;

/**
 * Open extensions on a contact ({@code opentypeextension-*.md}): {@code createExtension}, {@code getExtension},
 * {@code updateExtension} (Graph replaces the data: send every property to keep) and {@code deleteExtension}. The
 * contact id comes from {@code CamelOutlookContactsContactId}, the name from {@code CamelOutlookContactsExtensionName};
 * the data is a {@code Map} or JSON object body of primitive values or arrays of them; reads and writes answer the
 * {@link io.github.outlookcontacts.model.OpenTypeExtension}. To read extensions with the contact, use
 * {@code get?expand=extensions($filter=id eq 'Microsoft.OutlookServices.OpenTypeExtension.<name>')}.
 */
public final class ExtensionHandler {

    private final ProducerContext ctx;

    public ExtensionHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    public void create(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "createExtension", false, false);
        String name = name(exchange, "createExtension");
        exchange.getMessage().setBody(ctx.client().createExtension(ctx.mailbox(), id, name, data(exchange)));
    }

    public void get(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "getExtension", true, false);
        String name = name(exchange, "getExtension");
        exchange.getMessage().setBody(ctx.client().getExtension(ctx.mailbox(), id, name));
    }

    public void update(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "updateExtension", false, false);
        String name = name(exchange, "updateExtension");
        exchange.getMessage().setBody(ctx.client().updateExtension(ctx.mailbox(), id, name, data(exchange)));
    }

    public void delete(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "deleteExtension", true, false);
        ctx.client().deleteExtension(ctx.mailbox(), id, name(exchange, "deleteExtension"));
    }

    private static String name(Exchange exchange, String op) {
        Object name = exchange.getMessage().getHeader(ProducerHeaders.EXTENSION_NAME);
        if (name == null || name.toString().isBlank()) {
            throw new IllegalArgumentException(op + " needs the extension's name: set the header "
                    + ProducerHeaders.EXTENSION_NAME + " (e.g. com.contoso.crm)");
        }
        return name.toString().trim();
    }

    /** The body as extension data: a Map, or a JSON object (String, byte[], InputStream); empty when no body. */
    private static Map<String, Object> data(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return Map.of();
        }
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        JsonNode json = ContactBodies.toJson(body);
        Map<String, Object> out = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> out.put(e.getKey(), GraphJson.mapper().convertValue(e.getValue(),
                Object.class)));
        return out;
    }
}
