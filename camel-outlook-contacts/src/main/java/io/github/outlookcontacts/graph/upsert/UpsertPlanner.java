package io.github.outlookcontacts.graph.upsert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactQuery;

/**
 * Decides what an upsert does: builds the lookup for its key, and from the contacts found chooses create, patch (only
 * the differing properties, see {@link ContactDiff}) or unchanged. More than one match is an
 * {@link AmbiguousMatchException}, never a silent pick.
 */
public final class UpsertPlanner {

    /** A named property in PS_PUBLIC_STRINGS, the property set Outlook uses for named string properties. */
    public static final String DEFAULT_EXTERNAL_ID_PROPERTY
            = "String {00020329-0000-0000-C000-000000000046} Name CamelOutlookContactsExternalId";

    private final String externalIdProperty;

    /** {@code externalIdProperty}: the id of the single-value extended property that holds external ids. */
    public UpsertPlanner(String externalIdProperty) {
        if (externalIdProperty == null || externalIdProperty.isBlank()) {
            throw new IllegalArgumentException("externalIdProperty must name a single-value extended property");
        }
        this.externalIdProperty = externalIdProperty;
    }

    public String externalIdProperty() {
        return externalIdProperty;
    }

    /** The read that finds the contacts matching {@code key}, expanding the extended properties to compare. */
    public ContactQuery lookup(UpsertKey key, ObjectNode desired) {
        return MatchQueries.lookup(key, externalIdProperty, extendedPropertyIds(desired));
    }

    /** Chooses create, patch or unchanged; {@code matches} are the contacts the lookup found, as Graph JSON. */
    public UpsertDecision decide(UpsertKey key, ObjectNode desired, List<ObjectNode> matches) {
        if (matches.isEmpty()) {
            return new UpsertDecision.Create(forCreate(key, desired));
        }
        if (matches.size() > 1) {
            List<String> ids = new ArrayList<>();
            matches.forEach(m -> ids.add(m.path("id").asText()));
            throw new AmbiguousMatchException(describe(key), ids);
        }
        ObjectNode existing = matches.get(0);
        String id = existing.path("id").asText();
        Set<String> ignored = key.kind() == UpsertKey.Kind.EXTERNAL_ID ? Set.of(externalIdProperty) : Set.of();
        ObjectNode patch = ContactDiff.patch(desired, existing, ignored);
        return patch.isEmpty() ? new UpsertDecision.Unchanged(id, existing) : new UpsertDecision.Patch(id, patch);
    }

    /** The desired contact plus, for an external-id key, the extended property that stores the key. */
    public ObjectNode forCreate(UpsertKey key, ObjectNode desired) {
        ObjectNode body = desired.deepCopy();
        if (key.kind() != UpsertKey.Kind.EXTERNAL_ID) {
            return body;
        }
        ArrayNode properties = body.putArray("singleValueExtendedProperties");
        JsonNode given = desired.get("singleValueExtendedProperties");
        if (given != null && given.isArray()) {
            given.forEach(p -> {
                if (!externalIdProperty.equalsIgnoreCase(p.path("id").asText())) {
                    properties.add(p);
                }
            });
        }
        properties.addObject().put("id", externalIdProperty).put("value", key.value());
        return body;
    }

    /** The external id carried in the contact's own extended properties, if any. */
    public Optional<String> externalIdIn(ObjectNode desired) {
        JsonNode given = desired.get("singleValueExtendedProperties");
        if (given != null && given.isArray()) {
            for (JsonNode p : given) {
                if (externalIdProperty.equalsIgnoreCase(p.path("id").asText()) && p.hasNonNull("value")
                        && !p.get("value").asText().isBlank()) {
                    return Optional.of(p.get("value").asText());
                }
            }
        }
        return Optional.empty();
    }

    /** The contacts of a lookup's response page ({@code value}), as Graph JSON; none for a null page. */
    public static List<ObjectNode> matchesIn(JsonNode page) {
        List<ObjectNode> matches = new ArrayList<>();
        if (page != null) {
            page.path("value").forEach(c -> {
                if (c instanceof ObjectNode o) {
                    matches.add(o);
                }
            });
        }
        return matches;
    }

    /** The first email address of the contact, if any. */
    public static Optional<String> firstEmail(ObjectNode desired) {
        JsonNode emails = desired.get("emailAddresses");
        if (emails != null && emails.isArray()) {
            for (JsonNode e : emails) {
                String address = e == null ? "" : e.path("address").asText("");
                if (!address.isBlank()) {
                    return Optional.of(address.trim());
                }
            }
        }
        return Optional.empty();
    }

    /** The key for messages: the external id is shown, an email address (personal data) is not. */
    public static String describe(UpsertKey key) {
        return key.kind() == UpsertKey.Kind.EXTERNAL_ID ? "external id '" + key.value() + "'"
                : "the email address of the contact";
    }

    private static List<String> extendedPropertyIds(ObjectNode desired) {
        List<String> ids = new ArrayList<>();
        JsonNode given = desired.get("singleValueExtendedProperties");
        if (given != null && given.isArray()) {
            given.forEach(p -> {
                if (p.hasNonNull("id")) {
                    ids.add(p.get("id").asText());
                }
            });
        }
        return ids;
    }
}
