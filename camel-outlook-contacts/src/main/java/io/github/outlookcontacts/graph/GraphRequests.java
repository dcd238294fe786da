package io.github.outlookcontacts.graph;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.outlookcontacts.model.ContactProperties;

/**
 * Builds every Graph URL the client calls. Ids always pass through {@link GraphPaths#segment}, query values through
 * {@link GraphPaths#queryValue}, so no caller value can change the path or add a parameter. A {@code folderId} of
 * null addresses the default Contacts folder through the folder-less paths ({@code /me/contacts},
 * {@code /me/contacts/delta}), which Graph maps to that folder.
 */
final class GraphRequests {

    private final String base;

    GraphRequests(URI baseUrl) {
        String s = baseUrl.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    URI contacts(Mailbox mailbox, String folderId, ContactQuery query) {
        return uri(folderPrefix(mailbox, folderId) + "/contacts", query(query));
    }

    URI contact(Mailbox mailbox, String contactId, ContactQuery query) {
        return uri(mailbox.pathPrefix() + "/contacts/" + GraphPaths.segment(contactId), query(query));
    }

    /** {@code .../contacts/{id}/extensions}, or one extension when {@code extensionName} is not null. */
    URI extensions(Mailbox mailbox, String contactId, String extensionName) {
        return uri(mailbox.pathPrefix() + "/contacts/" + GraphPaths.segment(contactId) + "/extensions"
                   + (extensionName == null ? "" : "/" + GraphPaths.segment(extensionName)), List.of());
    }

    URI contactPhoto(Mailbox mailbox, String contactId, boolean value) {
        return uri(mailbox.pathPrefix() + "/contacts/" + GraphPaths.segment(contactId) + "/photo"
                   + (value ? "/$value" : ""), List.of());
    }

    URI userPhoto(Mailbox mailbox, boolean value) {
        return userPhoto(mailbox, null, value);
    }

    /** {@code photo[/$value]}, or {@code photos/{size}[/$value]} for one of {@link PhotoSize#ALLOWED}. */
    URI userPhoto(Mailbox mailbox, String size, boolean value) {
        String normalized = PhotoSize.normalized(size, "photoSize");
        String path = normalized == null ? "/photo" : "/photos/" + GraphPaths.segment(normalized);
        return uri(mailbox.pathPrefix() + path + (value ? "/$value" : ""), List.of());
    }

    URI userPhotos(Mailbox mailbox) {
        return uri(mailbox.pathPrefix() + "/photos", List.of());
    }

    /** Folders under {@code parentFolderId}; null lists the folders directly under the default folder. */
    URI folders(Mailbox mailbox, String parentFolderId, List<String> params) {
        String path = parentFolderId == null
                ? mailbox.pathPrefix() + "/contactFolders"
                : mailbox.pathPrefix() + "/contactFolders/" + GraphPaths.segment(parentFolderId) + "/childFolders";
        return uri(path, params);
    }

    URI folder(Mailbox mailbox, String folderId) {
        return uri(mailbox.pathPrefix() + "/contactFolders/" + GraphPaths.segment(folderId), List.of());
    }

    /** The start of a contact delta round; {@code select} always gains {@code changeKey} (the sync engine needs it). */
    URI contactsDelta(Mailbox mailbox, String folderId, String select) {
        List<String> params = new ArrayList<>();
        if (select != null && !select.isBlank()) {
            params.add("$select=" + GraphPaths.queryValue(selectWith(select, "changeKey")));
        }
        return uri(folderPrefix(mailbox, folderId) + "/contacts/delta", params);
    }

    URI foldersDelta(Mailbox mailbox) {
        return uri(mailbox.pathPrefix() + "/contactFolders/delta", List.of());
    }

    URI subscriptions() {
        return uri("/subscriptions", List.of());
    }

    URI subscription(String id) {
        return uri("/subscriptions/" + GraphPaths.segment(id), List.of());
    }

    URI subscriptionReauthorize(String id) {
        return uri("/subscriptions/" + GraphPaths.segment(id) + "/reauthorize", List.of());
    }

    URI batch() {
        return uri("/$batch", List.of());
    }

    URI base() {
        return URI.create(base);
    }

    private static String folderPrefix(Mailbox mailbox, String folderId) {
        return folderId == null ? mailbox.pathPrefix()
                : mailbox.pathPrefix() + "/contactFolders/" + GraphPaths.segment(folderId);
    }

    private static List<String> query(ContactQuery query) {
        List<String> params = new ArrayList<>();
        if (query == null) {
            return params;
        }
        if (query.select() != null && !query.select().isBlank()) {
            params.add("$select=" + GraphPaths.queryValue(selectWith(query.select(), null)));
        }
        if (query.filter() != null && !query.filter().isBlank()) {
            params.add("$filter=" + GraphPaths.queryValue(query.filter()));
        }
        if (query.expand() != null && !query.expand().isBlank()) {
            params.add("$expand=" + GraphPaths.queryValue(query.expand()));
        }
        if (query.orderBy() != null && !query.orderBy().isBlank()) {
            params.add("$orderby=" + GraphPaths.queryValue(orderBy(query.orderBy())));
        }
        if (query.top() != null) {
            if (query.top() < 1 || query.top() > 1000) {
                throw new IllegalArgumentException("top must be between 1 and 1000, was " + query.top());
            }
            params.add("$top=" + query.top());
        }
        if (query.skip() != null) {
            if (query.skip() < 0) {
                throw new IllegalArgumentException("skip must be 0 or more, was " + query.skip());
            }
            params.add("$skip=" + query.skip());
        }
        if (query.count()) {
            params.add("$count=true");
        }
        return params;
    }

    /** Checks an {@code orderBy}: contact property names, each optionally followed by asc or desc. */
    static String orderBy(String orderBy) {
        List<String> out = new ArrayList<>();
        for (String raw : orderBy.split(",")) {
            String[] words = raw.trim().split("\\s+");
            String name = words[0];
            if (name.isEmpty()) {
                continue;
            }
            if (!ContactProperties.isKnown(name)) {
                String hint = ContactProperties.closest(name).map(c -> " (did you mean '" + c + "'?)").orElse("");
                throw new IllegalArgumentException("orderBy: '" + name + "' is not a contact property" + hint);
            }
            if (words.length > 2 || words.length == 2 && !words[1].equalsIgnoreCase("asc")
                    && !words[1].equalsIgnoreCase("desc")) {
                throw new IllegalArgumentException("orderBy: '" + raw.trim() + "' must be a property name optionally"
                        + " followed by asc or desc, e.g. surname,givenName desc");
            }
            out.add(words.length == 2 ? name + " " + words[1].toLowerCase(java.util.Locale.ROOT) : name);
        }
        return String.join(",", out);
    }

    /**
     * Checks a comma-separated {@code select} against the contact properties (an unknown name fails with the closest
     * valid one suggested) and adds {@code required} when given.
     */
    static String selectWith(String select, String required) {
        ContactProperties.checkSelect(select);
        Set<String> names = new LinkedHashSet<>();
        for (String raw : select.split(",")) {
            if (!raw.isBlank()) {
                names.add(raw.trim());
            }
        }
        if (required != null) {
            names.add(required);
        }
        return String.join(",", names);
    }

    private URI uri(String path, List<String> params) {
        StringBuilder sb = new StringBuilder(base).append(path);
        for (int i = 0; i < params.size(); i++) {
            sb.append(i == 0 ? '?' : '&').append(params.get(i));
        }
        return URI.create(sb.toString());
    }
}
