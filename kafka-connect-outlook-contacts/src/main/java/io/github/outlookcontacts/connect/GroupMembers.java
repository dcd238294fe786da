package io.github.outlookcontacts.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.auth.AccessTokenProviders;
import io.github.outlookcontacts.graph.GraphContactsClients;
import io.github.outlookcontacts.graph.GraphPaths;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.transport.GraphHttpTransport;
import io.github.outlookcontacts.transport.HttpRequest;
import io.github.outlookcontacts.transport.HttpResponse;
import io.github.outlookcontacts.transport.HttpTransport;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The users of one Entra group, read with the app-only token from {@code /groups/{id}/members} (or
 * {@code /transitiveMembers}, which adds the users of nested groups), every page. Members that are not users
 * (groups, devices, service principals, organisational contacts) have no mailbox and are skipped. Requests go
 * through the component's transport: retries on 429/5xx, the token only for Graph's origin.
 */
final class GroupMembers implements AutoCloseable {

    static final String USER_TYPE = "#microsoft.graph.user";

    /** One user of the group: the object id (the mailbox the connector syncs) and its UPN. */
    record User(String id, String userPrincipalName, String mail) {
    }

    private final HttpTransport transport;
    private final String groupId;
    private final boolean transitive;

    GroupMembers(HttpTransport transport, String groupId, boolean transitive) {
        this.transport = transport;
        this.groupId = groupId;
        this.transitive = transitive;
    }

    static GroupMembers of(SourceConfig config) {
        HttpTransport transport = new GraphHttpTransport(
                GraphContactsClients.transportSettings(GraphConnectionConfig.clientSettings(config)),
                AccessTokenProviders.create(GraphConnectionConfig.authSettings(config)));
        return new GroupMembers(transport, config.getString(SourceConfig.GROUP_ID),
                config.getBoolean(SourceConfig.GROUP_TRANSITIVE));
    }

    /** The group's users, ordered by id (so the same members always give the same task configurations). */
    List<User> users() {
        String base = transport.baseUrl().toString().replaceAll("/+$", "");
        URI next = URI.create(base + "/groups/" + GraphPaths.segment(groupId) + "/"
                + (transitive ? "transitiveMembers" : "members") + "?$select=id,userPrincipalName,mail&$top=999");
        TreeMap<String, User> users = new TreeMap<>();
        while (next != null) {
            JsonNode page = get(next);
            for (JsonNode member : page.path("value")) {
                if (USER_TYPE.equals(member.path("@odata.type").asText()) && member.hasNonNull("id")) {
                    String id = member.get("id").asText();
                    users.put(id.toLowerCase(Locale.ROOT), new User(id, text(member, "userPrincipalName"),
                            text(member, "mail")));
                }
            }
            next = page.hasNonNull("@odata.nextLink") ? sameOrigin(page.get("@odata.nextLink").asText()) : null;
        }
        return new ArrayList<>(users.values());
    }

    private JsonNode get(URI uri) {
        try (HttpResponse response = transport.execute(HttpRequest.get(uri).withHeader("Accept", "application/json"))) {
            String body = new String(response.bodyBytes(), StandardCharsets.UTF_8);
            if (response.isSuccessful()) {
                return GraphJson.readTree(body);
            }
            throw failure(response.status(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the members of Entra group " + groupId + " failed", e);
        }
    }

    private ConnectException failure(int status, String body) {
        String code = "";
        String message = "";
        try {
            JsonNode error = GraphJson.readTree(body).path("error");
            code = error.path("code").asText("");
            message = error.path("message").asText("");
        } catch (RuntimeException notJson) {
            // the status says enough
        }
        String key = SourceConfig.GROUP_ID;
        return switch (status) {
            case 404 -> new ConnectException("Entra group " + groupId + " (" + key + ") does not exist: Graph answered"
                    + " 404 " + code);
            case 400 -> new ConnectException("Graph refused Entra group id " + groupId + " (" + key + "): 400 "
                    + code + " " + message);
            case 401, 403 -> new ConnectException("not allowed to read the members of Entra group " + groupId
                    + ": Graph answered " + status + " " + code + "; the app needs the application permission"
                    + " GroupMember.Read.All (or Group.Read.All)");
            default -> new ConnectException("reading the members of Entra group " + groupId + " failed: " + status
                    + " " + code + " " + message);
        };
    }

    /** A nextLink is followed only on Graph's own origin. */
    private URI sameOrigin(String link) {
        URI uri = URI.create(link);
        URI base = transport.baseUrl();
        if (!base.getScheme().equalsIgnoreCase(uri.getScheme()) || !base.getHost().equalsIgnoreCase(uri.getHost())
            || base.getPort() != uri.getPort()) {
            throw new ConnectException("Graph's next page of the members of Entra group " + groupId
                    + " points to another host; not following it");
        }
        return uri;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    @Override
    public void close() {
        transport.close();
    }
}
