package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Contact list, get, create, update and delete. */
final class ContactsHandler {

    private final ContactStore store;

    ContactsHandler(ContactStore store) {
        this.store = store;
    }

    /** {@code .../contacts} of a folder: GET lists, POST creates. */
    ApiResponse collection(Call call, String folderId, String contextFragment) {
        switch (call.method()) {
            case "GET":
                return list(call, folderId, contextFragment);
            case "POST": {
                ContactEntry e = store.createContact(call.user(), folderId, Json.parseBody(call.request().body()));
                return entity(call, 201, e, QueryOptions.parse(java.util.Map.of()));
            }
            default:
                return Call.methodNotAllowed();
        }
    }

    /** {@code .../contacts/{id}}: GET, PATCH (200 with the full contact) and DELETE (204). */
    ApiResponse item(Call call, String contactId) {
        String ifMatch = call.request().header("If-Match");
        switch (call.method()) {
            case "GET":
                return entity(call, 200, store.getContact(call.user(), contactId),
                        QueryOptions.parse(call.request().query()));
            case "PATCH": {
                ContactEntry e = store.updateContact(call.user(), contactId, Json.parseBody(call.request().body()),
                        ifMatch);
                return entity(call, 200, e, QueryOptions.parse(java.util.Map.of()));
            }
            case "DELETE":
                store.deleteContact(call.user(), contactId, ifMatch);
                return ApiResponse.empty(204);
            default:
                return Call.methodNotAllowed();
        }
    }

    private ApiResponse entity(Call call, int status, ContactEntry e, QueryOptions q) {
        return JsonOut.response(status, g -> ContactJsonWriter.contact(g, e, q.select, false, q.expand,
                call.context("contacts/$entity"))).header("ETag", e.etag());
    }

    private ApiResponse list(Call call, String folderId, String contextFragment) {
        QueryOptions q = QueryOptions.parse(call.request().query());
        int top = QueryOptions.top(call.request().query(), store.options().defaultListPageSize(),
                store.options().maxListPageSize());
        List<ContactEntry> matching = new ArrayList<>();
        for (ContactEntry e : store.contacts(call.user(), folderId)) {
            if (q.filter == null || q.filter.test(ContactJsonWriter.filterView(e))) {
                matching.add(e);
            }
        }
        if (!q.orderBy.isEmpty()) {
            matching.sort(order(q.orderBy));
        }
        List<ContactEntry> page = matching.subList(Math.min(q.skip, matching.size()),
                Math.min(matching.size(), q.skip + top));
        boolean more = q.skip + top < matching.size();
        String next = more ? call.selfUrl() + "?" + Links.withSkip(call.request().rawQuery(), q.skip + top) : null;
        int total = matching.size();
        return JsonOut.response(200, g -> {
            g.writeStartObject();
            g.writeStringField("@odata.context", call.context(contextFragment));
            if (q.count) {
                g.writeNumberField("@odata.count", total);
            }
            g.writeArrayFieldStart("value");
            for (ContactEntry e : page) {
                ContactJsonWriter.contact(g, e, q.select, false, q.expand);
            }
            g.writeEndArray();
            if (next != null) {
                g.writeStringField("@odata.nextLink", next);
            }
            g.writeEndObject();
        });
    }

    /** {@code $orderby}: case-insensitive text order of each property, missing values first (ascending). */
    private static Comparator<ContactEntry> order(Map<String, Boolean> orderBy) {
        Comparator<ContactEntry> out = null;
        for (Map.Entry<String, Boolean> o : orderBy.entrySet()) {
            Comparator<ContactEntry> c = Comparator.comparing(e -> sortKey(e, o.getKey()),
                    Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
            c = o.getValue() ? c.reversed() : c;
            out = out == null ? c : out.thenComparing(c);
        }
        return out.thenComparing(ContactEntry::id);
    }

    private static String sortKey(ContactEntry e, String property) {
        com.fasterxml.jackson.databind.JsonNode v = ContactJsonWriter.filterView(e).get(property);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : v.get(0).isObject() ? v.get(0).path("address").asText() : v.get(0).asText();
        }
        return v.isObject() ? v.path("address").asText(null) : v.asText();
    }
}
