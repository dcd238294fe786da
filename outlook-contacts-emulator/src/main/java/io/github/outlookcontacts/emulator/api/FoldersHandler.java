package io.github.outlookcontacts.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.ContactSchema;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.FolderInfo;
import io.github.outlookcontacts.emulator.store.Json;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Contact folders: list and create children, get, rename/move (PATCH) and delete. */
final class FoldersHandler {

    private static final Set<String> WRITABLE = Set.of("displayName", "parentFolderId");
    private static final Set<String> IGNORED = Set.of("id", "childFolders", "contacts", "multiValueExtendedProperties",
            "singleValueExtendedProperties");

    private final ContactStore store;

    FoldersHandler(ContactStore store) {
        this.store = store;
    }

    /** {@code contactFolders} or {@code .../childFolders}: GET lists the parent's children, POST creates one. */
    ApiResponse collection(Call call, String parentId) {
        switch (call.method()) {
            case "GET":
                return list(call, parentId);
            case "POST": {
                ObjectNode body = checked(Json.parseBody(call.request().body()));
                FolderInfo f = store.createFolder(call.user(), parentId, body.path("displayName").asText(null));
                return entity(call, 201, f);
            }
            default:
                return Call.methodNotAllowed();
        }
    }

    ApiResponse item(Call call, String folderId) {
        switch (call.method()) {
            case "GET":
                return entity(call, 200, store.folder(call.user(), folderId).info());
            case "PATCH": {
                ObjectNode body = checked(Json.parseBody(call.request().body()));
                FolderInfo f = store.updateFolder(call.user(), folderId, body.path("displayName").asText(null),
                        body.path("parentFolderId").asText(null));
                return entity(call, 200, f);
            }
            case "DELETE":
                store.deleteFolder(call.user(), folderId);
                return ApiResponse.empty(204);
            default:
                return Call.methodNotAllowed();
        }
    }

    /** Children of a folder, paged with {@code $top} (default 10, like Graph) and {@code $skip}, with $filter. */
    private ApiResponse list(Call call, String parentId) {
        Map<String, String> q = call.request().query();
        String rootId = store.mailbox(call.user()).rootFolderId();
        String f = q.get("$filter");
        ODataFilter filter = f == null || f.isBlank() ? null : ODataFilter.parse(f, ODataFilter.Root.FOLDER);
        int top = QueryOptions.top(q, store.options().defaultListPageSize(), store.options().maxListPageSize());
        int skip = QueryOptions.skip(q);
        List<FolderInfo> matching = store.childFolders(call.user(), parentId).stream()
                .filter(x -> filter == null || filter.test(ContactJsonWriter.filterView(x, rootId))).toList();
        List<FolderInfo> page = matching.subList(Math.min(skip, matching.size()), (int) Math.min((long) skip + top,
                matching.size()));
        String next = (long) skip + top < matching.size() ? call.selfUrl() + "?" + Links.withSkip(call.request()
                .rawQuery(), skip + top) : null;
        return JsonOut.response(200, g -> {
            g.writeStartObject();
            g.writeStringField("@odata.context", call.context("contactFolders"));
            g.writeArrayFieldStart("value");
            for (FolderInfo x : page) {
                ContactJsonWriter.folder(g, x, false, rootId, null);
            }
            g.writeEndArray();
            if (next != null) {
                g.writeStringField("@odata.nextLink", next);
            }
            g.writeEndObject();
        });
    }

    private ApiResponse entity(Call call, int status, FolderInfo f) {
        String rootId = store.mailbox(call.user()).rootFolderId();
        return JsonOut.response(status, g -> ContactJsonWriter.folder(g, f, false, rootId,
                call.context("contactFolders/$entity")));
    }

    private static ObjectNode checked(ObjectNode body) {
        for (Map.Entry<String, JsonNode> f : body.properties()) {
            String name = f.getKey();
            if (name.contains("@odata.") || IGNORED.contains(name)) {
                continue;
            }
            if (!WRITABLE.contains(name)) {
                throw ContactSchema.unknownProperty(name, "contactFolder");
            }
            if (!f.getValue().isTextual()) {
                throw StoreException.badRequest("RequestBodyRead", "Cannot convert the literal '" + f.getValue()
                        + "' to the expected type 'Edm.String' for property '" + name + "'.");
            }
        }
        return body;
    }
}
