package io.github.outlookcontacts.graph;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.transport.HttpRequest;

/**
 * {@code /subscriptions}: create, renew, reauthorize and delete change-notification subscriptions, over the same
 * transport (token, retries, concurrency limit) as the contacts client. Failures are {@link GraphException}s like
 * everywhere in this package; an unknown or lapsed subscription is a {@link GraphNotFoundException}.
 */
public final class GraphSubscriptions {

    private final GraphCaller caller;
    private final GraphRequests requests;

    GraphSubscriptions(GraphCaller caller, GraphRequests requests) {
        this.caller = caller;
        this.requests = requests;
    }

    /** {@code POST /subscriptions}; Graph validates the webhook(s) before it answers 201. */
    public GraphSubscription create(SubscriptionRequest request) {
        ObjectNode body = GraphJson.mapper().createObjectNode()
                .put("changeType", request.changeType())
                .put("notificationUrl", request.notificationUrl())
                .put("resource", request.resource())
                .put("expirationDateTime", request.expiration().toString());
        if (request.lifecycleNotificationUrl() != null) {
            body.put("lifecycleNotificationUrl", request.lifecycleNotificationUrl());
        }
        if (request.clientState() != null) {
            body.put("clientState", request.clientState());
        }
        return read(caller.json(HttpRequest.of("POST", requests.subscriptions(), GraphCaller.jsonBody(body)),
                JsonNode.class));
    }

    /** {@code PATCH /subscriptions/{id}} with a new {@code expirationDateTime}. */
    public GraphSubscription renew(String id, Instant expiration) {
        ObjectNode body = GraphJson.mapper().createObjectNode().put("expirationDateTime", expiration.toString());
        return read(caller.json(HttpRequest.of("PATCH", requests.subscription(id), GraphCaller.jsonBody(body)),
                JsonNode.class));
    }

    /** {@code POST /subscriptions/{id}/reauthorize}, the answer to a {@code reauthorizationRequired} event. */
    public void reauthorize(String id) {
        caller.discard(HttpRequest.of("POST", requests.subscriptionReauthorize(id), null));
    }

    /** {@code DELETE /subscriptions/{id}}. */
    public void delete(String id) {
        caller.discard(HttpRequest.of("DELETE", requests.subscription(id), null));
    }

    private static GraphSubscription read(JsonNode node) {
        String id = text(node, "id");
        String expiration = text(node, "expirationDateTime");
        if (id == null || expiration == null) {
            throw new GraphException(200, "InvalidResponse", "a subscription from Graph carried no "
                                                             + (id == null ? "id" : "expirationDateTime"), null);
        }
        try {
            return new GraphSubscription(id, text(node, "resource"), text(node, "changeType"),
                    text(node, "notificationUrl"), text(node, "lifecycleNotificationUrl"), Instant.parse(expiration));
        } catch (DateTimeParseException e) {
            throw new GraphException(200, "InvalidResponse", "a subscription's expirationDateTime '" + expiration
                                                             + "' is not an ISO 8601 instant", null, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
