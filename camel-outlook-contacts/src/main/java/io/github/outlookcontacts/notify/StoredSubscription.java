package io.github.outlookcontacts.notify;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.GraphPaths;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.sync.CursorStore;

/**
 * The live subscription as kept in the {@link CursorStore}, so a restart after a crash reuses it instead of adding
 * another (Graph allows 1,000 per mailbox). The key is {@code outlook-contacts-subscription/<resource>}; the value
 * is one line of JSON. It holds the {@code clientState}: keep the store as private as the credentials.
 */
record StoredSubscription(String id, String resource, String notificationUrl, String clientState,
        Instant expiration) {

    static String key(String resource) {
        return "outlook-contacts-subscription/" + GraphPaths.queryValue(resource);
    }

    /** The stored subscription for {@code resource}, or null (absent, cleared or unreadable). */
    static StoredSubscription load(CursorStore store, String resource) {
        String value = store.get(key(resource));
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            JsonNode node = GraphJson.mapper().readTree(value);
            return new StoredSubscription(node.path("id").asText(null), node.path("resource").asText(null),
                    node.path("notificationUrl").asText(null), node.path("clientState").asText(null),
                    Instant.parse(node.path("expiration").asText()));
        } catch (IOException | RuntimeException unreadable) {
            return null; // a new subscription replaces it; the old one lapses at Graph
        }
    }

    void save(CursorStore store) {
        ObjectNode node = GraphJson.mapper().createObjectNode().put("id", id).put("resource", resource)
                .put("notificationUrl", notificationUrl).put("clientState", clientState)
                .put("expiration", expiration.toString());
        store.put(key(resource), node.toString());
    }

    static void clear(CursorStore store, String resource) {
        store.put(key(resource), "");
    }

    StoredSubscription withExpiration(Instant newExpiration) {
        return new StoredSubscription(id, resource, notificationUrl, clientState, newExpiration);
    }

    @Override
    public String toString() {
        return "StoredSubscription[id=" + id + ", resource=" + resource + ", expiration=" + expiration + "]";
    }
}
