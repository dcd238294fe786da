package io.github.outlookcontacts.emulator.subscriptions;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.store.StoreException;

/**
 * A {@code POST /subscriptions} body, checked like Graph checks it. The resource names the mailbox ({@code me} is
 * the caller) and optionally one folder: {@code me/contacts}, {@code users/{id}/contacts},
 * {@code users/{id}/contactFolders/{folderId}/contacts}.
 */
public record SubscriptionRequest(String resource, String user, String folderId, Set<String> changeTypes,
        String notificationUrl, String lifecycleUrl, String clientState, Instant expiration) {

    private static final List<String> CHANGE_TYPES = List.of("created", "updated", "deleted");

    /** Parses the body; {@code caller} is the delegated user for {@code me}, or null for app-only tokens. */
    public static SubscriptionRequest parse(JsonNode body, String caller) {
        String resource = text(body, "resource", true);
        String changeType = text(body, "changeType", true);
        String notificationUrl = text(body, "notificationUrl", true);
        String clientState = text(body, "clientState", false);
        if (clientState != null && clientState.length() > 128) {
            throw invalid("clientState must be at most 128 characters.");
        }
        Set<String> types = new LinkedHashSet<>();
        for (String type : changeType.split(",")) {
            String t = type.trim();
            if (!CHANGE_TYPES.contains(t)) {
                throw invalid("'" + t + "' is not a valid changeType; use created, updated or deleted.");
            }
            types.add(t);
        }
        Instant expiration = expiration(text(body, "expirationDateTime", true));
        String[] parts = resource.replaceFirst("^/", "").split("/");
        String user;
        int rest;
        if (parts.length >= 1 && parts[0].equalsIgnoreCase("me")) {
            if (caller == null) {
                throw invalid("/me request is only valid with delegated authentication flow.");
            }
            user = caller;
            rest = 1;
        } else if (parts.length >= 2 && parts[0].equalsIgnoreCase("users")) {
            user = parts[1];
            rest = 2;
        } else {
            throw invalid("Unsupported resource '" + resource + "' for contacts subscriptions.");
        }
        String folderId = null;
        if (parts.length == rest + 3 && parts[rest].equalsIgnoreCase("contactFolders")
                && parts[rest + 2].equalsIgnoreCase("contacts")) {
            folderId = parts[rest + 1];
        } else if (!(parts.length == rest + 1 && parts[rest].equalsIgnoreCase("contacts"))) {
            throw invalid("Unsupported resource '" + resource + "' for contacts subscriptions.");
        }
        return new SubscriptionRequest(resource, user, folderId, Set.copyOf(types), notificationUrl,
                text(body, "lifecycleNotificationUrl", false), clientState, expiration);
    }

    static Instant expiration(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid("expirationDateTime '" + value + "' is not an ISO 8601 date-time.");
        }
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode node = body == null ? null : body.get(field);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            if (required) {
                throw invalid(field + " is required.");
            }
            return null;
        }
        return node.asText();
    }

    private static StoreException invalid(String message) {
        return StoreException.badRequest("InvalidRequest", message);
    }
}
