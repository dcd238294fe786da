package io.github.outlookcontacts.emulator.subscriptions;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.store.JournalEntry;
import io.github.outlookcontacts.emulator.store.Json;

/** Graph's notification payloads: {@code {"value":[...]}} with one change or one lifecycle event. */
final class NotificationJson {

    static final String TENANT_ID = "00000000-0000-0000-0000-0000000000e1";

    private NotificationJson() {
    }

    static String change(Subscription s, String changeType, JournalEntry entry) {
        ObjectNode item = base(s);
        item.put("id", UUID.randomUUID().toString());
        item.put("changeType", changeType);
        String resource = "Users/" + entry.mailbox() + "/Contacts/" + entry.contactId();
        item.put("resource", resource);
        ObjectNode data = item.putObject("resourceData");
        data.put("@odata.type", "#Microsoft.Graph.Contact");
        data.put("@odata.id", resource);
        data.put("@odata.etag", "W/\"" + entry.changeKey() + "\"");
        data.put("id", entry.contactId());
        return wrap(item);
    }

    static String lifecycle(Subscription s, String event) {
        ObjectNode item = base(s);
        item.put("lifecycleEvent", event);
        return wrap(item);
    }

    private static ObjectNode base(Subscription s) {
        ObjectNode item = Json.MAPPER.createObjectNode();
        item.put("subscriptionId", s.id());
        item.put("subscriptionExpirationDateTime", s.expiration().toString());
        if (s.clientState() != null) {
            item.put("clientState", s.clientState());
        }
        item.put("tenantId", TENANT_ID);
        return item;
    }

    private static String wrap(ObjectNode item) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode value = root.putArray("value");
        value.add(item);
        return root.toString();
    }
}
