package io.github.outlookcontacts.emulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Json;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.util.List;

/**
 * Open extensions of a contact ({@code opentypeextension-*.md}): {@code extensions} lists (GET) and creates (POST,
 * 201), {@code extensions/{name or id}} reads (GET), replaces (PATCH: unlisted properties are dropped) and deletes
 * (DELETE, 204).
 */
final class ExtensionsHandler {

    private final ContactStore store;

    ExtensionsHandler(ContactStore store) {
        this.store = store;
    }

    /** {@code rest} is the part after "extensions". */
    ApiResponse handle(Call call, String contactId, List<String> rest) {
        String context = call.context("contacts('" + contactId + "')/extensions");
        if (rest.isEmpty()) {
            return switch (call.method()) {
                case "GET" -> {
                    ArrayNode all = store.getContact(call.user(), contactId).nav().extensions();
                    ObjectNode out = Json.MAPPER.createObjectNode().put("@odata.context", context);
                    out.set("value", all);
                    yield ApiResponse.json(200, Json.bytes(out));
                }
                case "POST" -> entity(201, context, store.createExtension(call.user(), contactId,
                        Json.parseBody(call.request().body())));
                default -> Call.methodNotAllowed();
            };
        }
        if (rest.size() > 1) {
            throw StoreException.notFound();
        }
        String id = rest.get(0);
        return switch (call.method()) {
            case "GET" -> entity(200, context, store.extension(call.user(), contactId, id));
            case "PATCH" -> entity(200, context, store.replaceExtension(call.user(), contactId, id,
                    Json.parseBody(call.request().body())));
            case "DELETE" -> {
                store.deleteExtension(call.user(), contactId, id);
                yield ApiResponse.empty(204);
            }
            default -> Call.methodNotAllowed();
        };
    }

    private static ApiResponse entity(int status, String context, ObjectNode extension) {
        ObjectNode out = Json.MAPPER.createObjectNode().put("@odata.context", context + "/$entity");
        out.setAll(extension);
        return ApiResponse.json(status, Json.bytes(out));
    }
}
