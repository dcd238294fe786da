package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.DeltaPage;
import io.github.outlookcontacts.emulator.store.FolderInfo;
import io.github.outlookcontacts.emulator.store.SyncStateGoneException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Delta queries: a folder's contacts and the folder hierarchy, with opaque tokens in absolute links. */
final class DeltaHandler {

    private final ContactStore store;

    DeltaHandler(ContactStore store) {
        this.store = store;
    }

    ApiResponse contacts(Call call, String folderId) {
        return run(call, false, folderId);
    }

    ApiResponse folders(Call call) {
        return run(call, true, null);
    }

    private ApiResponse run(Call call, boolean folders, String folderId) {
        if (!call.method().equals("GET")) {
            return Call.methodNotAllowed();
        }
        Map<String, String> q = call.request().query();
        String token = blankToNull(q.get("$skiptoken"));
        if (token == null) {
            token = blankToNull(q.get("$deltatoken"));
        }
        if (q.containsKey("$expand")) {
            // observed on Outlook delta (messages, events; microsoft-graph-docs issues #1993, #2270)
            return ApiResponse.error(500, "InternalServerError", "Value cannot be null.\r\nParameter name: type");
        }
        String prefer = prefer(call);
        Integer preferred = preferredPageSize(prefer);
        int pageSize = preferred == null ? store.options().defaultDeltaPageSize()
                : Math.max(1, Math.min(preferred, store.options().maxDeltaPageSize()));
        DeltaPage page;
        try {
            if (folders) {
                page = store.foldersDelta(call.user(), token, pageSize);
            } else {
                Set<String> select = token == null ? QueryOptions.parseSelect(q.get("$select")) : null;
                page = store.contactsDelta(call.user(), folderId, token, select == null ? "" : String.join(",",
                        select), pageSize);
            }
        } catch (SyncStateGoneException e) {
            // restart at the initial delta URL (empty $deltatoken, like Graph), keeping the round's $select
            String select = e.select() == null || e.select().isEmpty() ? ""
                    : "$select=" + URLEncoder.encode(e.select(), StandardCharsets.UTF_8) + "&";
            return ApiResponse.error(410, e.code(), e.getMessage()).header("Location", call.selfUrl() + "?"
                    + select + "$deltatoken=");
        }
        ApiResponse response = write(call, folders, page, store.mailbox(call.user()).rootFolderId());
        List<String> applied = new ArrayList<>();
        if (preferred != null) {
            applied.add("odata.maxpagesize=" + pageSize);
        }
        if (prefer != null && prefer.replace(" ", "").toLowerCase(Locale.ROOT).contains("idtype=\"immutableid\"")) {
            applied.add("IdType=\"ImmutableId\"");
        }
        if (!applied.isEmpty()) {
            response.header("Preference-Applied", String.join(", ", applied));
        }
        return response;
    }

    /** All Prefer header values joined (clients may send one header per preference). */
    private static String prefer(Call call) {
        List<String> values = call.request().headers().get("Prefer");
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static ApiResponse write(Call call, boolean folders, DeltaPage page, String rootId) {
        Set<String> select = page.select() == null || page.select().isEmpty() ? null
                : QueryOptions.parseSelect(page.select());
        String type = folders ? "#microsoft.graph.contactFolder" : "#microsoft.graph.contact";
        return JsonOut.response(200, g -> {
            g.writeStartObject();
            g.writeStringField("@odata.context", call.baseUrl() + "/$metadata#Collection("
                    + (folders ? "contactFolder" : "contact") + ")");
            if (page.skipToken() != null) {
                g.writeStringField("@odata.nextLink", call.selfUrl() + "?$skiptoken=" + page.skipToken());
            } else {
                g.writeStringField("@odata.deltaLink", call.selfUrl() + "?$deltatoken=" + page.deltaToken());
            }
            g.writeArrayFieldStart("value");
            for (Object item : page.items()) {
                if (item instanceof ContactEntry e) {
                    ContactJsonWriter.contact(g, e, select, true, java.util.Map.of());
                } else if (item instanceof FolderInfo f) {
                    ContactJsonWriter.folder(g, f, true, rootId, null);
                } else if (item instanceof DeltaPage.Removed r) {
                    g.writeStartObject();
                    g.writeStringField("@odata.type", type);
                    g.writeStringField("id", r.id());
                    g.writeObjectFieldStart("@removed");
                    g.writeStringField("reason", r.reason());
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The {@code odata.maxpagesize} preference of a Prefer header, or null. */
    static Integer preferredPageSize(String prefer) {
        if (prefer == null) {
            return null;
        }
        for (String part : prefer.split(",")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("odata.maxpagesize=")) {
                try {
                    return Integer.parseInt(p.substring("odata.maxpagesize=".length()).trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** True for a request that continues a round (a non-empty skip or delta token). */
    static boolean hasToken(Call call) {
        Map<String, String> q = call.request().query();
        return blankToNull(q.get("$skiptoken")) != null || blankToNull(q.get("$deltatoken")) != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
