package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.DirectoryGroups;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /groups/{id}/members} and {@code /groups/{id}/transitiveMembers}: the group's members as directory
 * objects, each with its {@code @odata.type}, paged with {@code $top} (default 100, at most 999) and an opaque
 * {@code $skiptoken} in {@code @odata.nextLink}; {@code $select} of id, displayName, userPrincipalName and mail.
 * Strict mode wants {@code GroupMember.Read.All}, {@code Group.Read.All} or a Directory permission.
 */
final class GroupsHandler {

    private static final Set<String> SELECTABLE = Set.of("id", "displayName", "userPrincipalName", "mail");
    private static final String[] PERMISSIONS = {"GroupMember.Read.All", "Group.Read.All", "Group.ReadWrite.All",
        "Directory.Read.All", "Directory.ReadWrite.All"};

    private final DirectoryGroups groups;

    GroupsHandler(DirectoryGroups groups) {
        this.groups = groups;
    }

    /** {@code r}: the segments after {@code /v1.0/groups}. Null when the path is not one of ours. */
    ApiResponse handle(ApiRequest request, String baseUrl, List<String> r) {
        if (r.size() != 2 || !(ResourcePath.is(r, 1, "members") || ResourcePath.is(r, 1, "transitiveMembers"))) {
            return null;
        }
        if (!request.method().equals("GET")) {
            return Call.methodNotAllowed();
        }
        Principal p = request.principal() == null ? Principal.lenient() : request.principal();
        if (!p.hasAny(PERMISSIONS)) {
            throw new StoreException(403, "Authorization_RequestDenied",
                    "Insufficient privileges to complete the operation.");
        }
        String groupId = r.get(0);
        boolean transitive = ResourcePath.is(r, 1, "transitiveMembers");
        List<DirectoryGroups.Member> members = transitive ? groups.transitive(groupId) : groups.direct(groupId);
        Map<String, String> q = request.query();
        Set<String> select = select(q.get("$select"));
        int top = QueryOptions.top(q, 100, 999);
        int skip = skipToken(q.get("$skiptoken"));
        List<DirectoryGroups.Member> page = members.subList(Math.min(skip, members.size()),
                (int) Math.min((long) skip + top, members.size()));
        String self = baseUrl + "/groups/" + groupId + "/" + r.get(1);
        String next = (long) skip + top < members.size()
                ? self + "?" + Links.with(request.rawQuery(), "skiptoken", "X%27" + Integer.toHexString(skip + top)
                        + "%27") : null;
        return JsonOut.response(200, g -> {
            g.writeStartObject();
            g.writeStringField("@odata.context", baseUrl + "/$metadata#directoryObjects"
                    + (select == null ? "" : "(" + String.join(",", select) + ")"));
            if (next != null) {
                g.writeStringField("@odata.nextLink", next);
            }
            g.writeArrayFieldStart("value");
            for (DirectoryGroups.Member m : page) {
                g.writeStartObject();
                g.writeStringField("@odata.type", m.odataType());
                for (String property : select == null ? SELECTABLE : select) {
                    switch (property) {
                        case "id" -> g.writeStringField("id", m.id());
                        case "userPrincipalName" -> {
                            if (m.isUser()) {
                                g.writeStringField("userPrincipalName", m.userPrincipalName());
                            }
                        }
                        case "mail" -> g.writeStringField("mail", m.isUser() ? m.userPrincipalName() : null);
                        default -> g.writeStringField("displayName", m.isUser() ? m.userPrincipalName() : null);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static Set<String> select(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String name = part.trim();
            String known = SELECTABLE.stream().filter(s -> s.equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> StoreException.badRequest("Request_BadRequest", "Could not find a property"
                            + " named '" + name + "' on type 'microsoft.graph.directoryObject'."));
            out.add(known);
        }
        return out;
    }

    /** Our skip tokens are {@code X'<hex index>'}; anything else is Graph's 400. */
    private static int skipToken(String token) {
        if (token == null) {
            return 0;
        }
        String t = token.trim();
        try {
            if (t.startsWith("X'") && t.endsWith("'")) {
                return Integer.parseInt(t.substring(2, t.length() - 1), 16);
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw StoreException.badRequest("Request_BadRequest", "Invalid skip token '" + token + "'.");
    }
}
