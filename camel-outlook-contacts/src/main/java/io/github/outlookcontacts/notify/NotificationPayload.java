package io.github.outlookcontacts.notify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.model.GraphJson;

/** Reads Graph's notification body, {@code {"value":[{subscriptionId, clientState, changeType | lifecycleEvent}]}}. */
public final class NotificationPayload {

    /** Graph sends at most a few hundred items per POST; anything larger is not Graph. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private NotificationPayload() {
    }

    /** @throws IllegalArgumentException when the body is not a Graph notification payload */
    public static List<Notification> parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new IllegalArgumentException("the notification body is empty");
        }
        if (body.length > MAX_BYTES) {
            throw new IllegalArgumentException("the notification body has " + body.length + " bytes, more than "
                                               + MAX_BYTES);
        }
        JsonNode root;
        try {
            root = GraphJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the notification body is not JSON", e);
        }
        JsonNode value = root == null ? null : root.get("value");
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("the notification body has no 'value' array");
        }
        List<Notification> items = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            items.add(new Notification(text(item, "subscriptionId"), text(item, "clientState"),
                    text(item, "changeType"), text(item, "lifecycleEvent")));
        }
        return items;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
