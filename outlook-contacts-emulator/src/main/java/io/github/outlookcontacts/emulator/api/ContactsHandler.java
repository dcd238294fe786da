package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Json;
import java.util.ArrayList;
import java.util.List;

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
        return JsonOut.response(status, g -> ContactJsonWriter.contact(g, e, q.select, false, q.expandExtended,
                q.expandFilter, call.context("contacts/$entity"))).header("ETag", e.etag());
    }

    private ApiResponse list(Call call, String folderId, String contextFragment) {
        QueryOptions q = QueryOptions.parse(call.request().query());
        int top = QueryOptions.top(call.request().query(), store.options().defaultListPageSize(),
                store.options().maxListPageSize());
        List<ContactEntry> page = new ArrayList<>();
        int matched = 0;
        boolean more = false;
        for (ContactEntry e : store.contacts(call.user(), folderId)) {
            if (q.filter != null && !q.filter.test(ContactJsonWriter.filterView(e))) {
                continue;
            }
            if (matched++ < q.skip) {
                continue;
            }
            if (page.size() == top) {
                more = true;
                break;
            }
            page.add(e);
        }
        String next = more ? call.selfUrl() + "?" + Links.withSkip(call.request().rawQuery(), q.skip + top) : null;
        return JsonOut.response(200, g -> {
            g.writeStartObject();
            g.writeStringField("@odata.context", call.context(contextFragment));
            g.writeArrayFieldStart("value");
            for (ContactEntry e : page) {
                ContactJsonWriter.contact(g, e, q.select, false, q.expandExtended, q.expandFilter);
            }
            g.writeEndArray();
            if (next != null) {
                g.writeStringField("@odata.nextLink", next);
            }
            g.writeEndObject();
        });
    }
}
