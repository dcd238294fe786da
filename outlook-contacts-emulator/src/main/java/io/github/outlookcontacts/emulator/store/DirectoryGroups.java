package io.github.outlookcontacts.emulator.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The directory's groups (Entra groups) as far as {@code /groups/{id}/members} needs them: a group id (a GUID) and
 * its direct members in the order they were added. A member is a user (with its UPN) or another directory object
 * (a group, device, service principal or organisational contact) that a mailbox sync has to skip.
 */
public final class DirectoryGroups {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** One member: its OData type ({@code #microsoft.graph.user}, ...), object id, and the UPN of a user. */
    public record Member(String odataType, String id, String userPrincipalName) {

        public static final String USER = "#microsoft.graph.user";
        public static final String GROUP = "#microsoft.graph.group";

        public boolean isUser() {
            return USER.equals(odataType);
        }
    }

    private final Map<String, Map<String, Member>> groups = new ConcurrentHashMap<>();

    /** Creates an empty group; its id must be a GUID, like Entra's object ids. */
    public void create(String groupId) {
        requireGuid(groupId);
        groups.putIfAbsent(key(groupId), java.util.Collections.synchronizedMap(new LinkedHashMap<>()));
    }

    public void add(String groupId, Member member) {
        members(groupId).put(key(member.id()), member);
    }

    /** Removes a member by object id; false if it was not one. */
    public boolean remove(String groupId, String memberId) {
        return members(groupId).remove(key(memberId)) != null;
    }

    /** The direct members, in the order they were added. */
    public List<Member> direct(String groupId) {
        Map<String, Member> members = members(groupId);
        synchronized (members) {
            return List.copyOf(members.values());
        }
    }

    /** Every member of the group and of the groups below it, once each (nested groups are listed too, as Graph does). */
    public List<Member> transitive(String groupId) {
        List<Member> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        collect(groupId, out, seen, new HashSet<>());
        return out;
    }

    private void collect(String groupId, List<Member> out, Set<String> seen, Set<String> visited) {
        if (!visited.add(key(groupId))) {
            return;
        }
        for (Member m : direct(groupId)) {
            if (seen.add(key(m.id()))) {
                out.add(m);
            }
            if (Member.GROUP.equals(m.odataType()) && groups.containsKey(key(m.id()))) {
                collect(m.id(), out, seen, visited);
            }
        }
    }

    /** 400 {@code Request_BadRequest} for an id that is not a GUID, 404 {@code Request_ResourceNotFound} if unknown. */
    private Map<String, Member> members(String groupId) {
        requireGuid(groupId);
        Map<String, Member> members = groups.get(key(groupId));
        if (members == null) {
            throw new StoreException(404, "Request_ResourceNotFound", "Resource '" + groupId
                    + "' does not exist or one of its queried reference-property objects are not present.");
        }
        return members;
    }

    private static void requireGuid(String groupId) {
        if (groupId == null || !GUID.matcher(groupId).matches()) {
            throw StoreException.badRequest("Request_BadRequest", "Invalid object identifier '" + groupId + "'.");
        }
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
