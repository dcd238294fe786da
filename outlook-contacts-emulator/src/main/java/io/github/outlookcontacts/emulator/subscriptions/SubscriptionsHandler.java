package io.github.outlookcontacts.emulator.subscriptions;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.Json;
import io.github.outlookcontacts.emulator.store.StoreException;

/** {@code /v1.0/subscriptions}: POST, GET (list and one), PATCH (renew), DELETE and {@code /{id}/reauthorize}. */
public final class SubscriptionsHandler {

    private final Subscriptions subscriptions;

    public SubscriptionsHandler(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** {@code rest} are the path segments after {@code subscriptions}. */
    public ApiResponse handle(ApiRequest request, List<String> rest) {
        String method = request.method();
        if (rest.isEmpty()) {
            return switch (method) {
                case "POST" -> create(request);
                case "GET" -> list();
                default -> notAllowed();
            };
        }
        String id = rest.get(0);
        if (rest.size() == 2 && rest.get(1).equalsIgnoreCase("reauthorize") && method.equals("POST")) {
            subscriptions.reauthorize(id);
            return ApiResponse.empty(204);
        }
        if (rest.size() != 1) {
            return notAllowed();
        }
        return switch (method) {
            case "GET" -> ApiResponse.json(200, json(subscriptions.find(id).orElseThrow(
                    () -> new StoreException(404, "ResourceNotFound", "The object was not found."))).toString());
            case "PATCH" -> ApiResponse.json(200, json(subscriptions.renew(id, SubscriptionRequest.expiration(
                    field(request, "expirationDateTime")))).toString());
            case "DELETE" -> {
                subscriptions.delete(id);
                yield ApiResponse.empty(204);
            }
            default -> notAllowed();
        };
    }

    private ApiResponse create(ApiRequest request) {
        Principal principal = request.principal() == null ? Principal.lenient() : request.principal();
        String caller = principal.appOnly() ? null : principal.user();
        Subscription s = subscriptions.create(SubscriptionRequest.parse(body(request), caller));
        return ApiResponse.json(201, json(s).toString());
    }

    private ApiResponse list() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        subscriptions.list().forEach(s -> root.withArray("value").add(json(s)));
        root.withArray("value");
        return ApiResponse.json(200, root.toString());
    }

    private static ObjectNode json(Subscription s) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", s.id());
        node.put("resource", s.resource());
        node.put("changeType", String.join(",", s.changeTypes()));
        node.put("notificationUrl", s.notificationUrl());
        if (s.lifecycleUrl() != null) {
            node.put("lifecycleNotificationUrl", s.lifecycleUrl());
        }
        node.putNull("clientState"); // Graph never echoes the secret
        node.put("expirationDateTime", s.expiration().toString());
        return node;
    }

    private static JsonNode body(ApiRequest request) {
        if (request.body().length == 0) {
            throw StoreException.badRequest("InvalidRequest", "A subscription body is required.");
        }
        try {
            return Json.MAPPER.readTree(request.body());
        } catch (java.io.IOException e) {
            throw StoreException.badRequest("BadRequest", "Invalid JSON in the request body.");
        }
    }

    private static String field(ApiRequest request, String name) {
        JsonNode value = body(request).get(name);
        if (value == null || value.asText().isBlank()) {
            throw StoreException.badRequest("InvalidRequest", name + " is required.");
        }
        return value.asText();
    }

    private static ApiResponse notAllowed() {
        return ApiResponse.error(405, "ErrorInvalidRequest", "The OData request is not supported.");
    }
}
