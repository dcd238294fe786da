package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

import io.github.outlookcontacts.auth.StaticTokenProvider;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.transport.LoopbackServer;
import io.github.outlookcontacts.transport.TrackedResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.outlookcontacts.transport.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the client puts on the wire and how it treats hostile or odd answers, checked against a scripted loopback
 * server (shapes the emulator would never produce: foreign links, missing links, odd error bodies).
 */
class GraphClientWireTest {

    private static final String TOKEN = "secret-token-value";
    @RegisterExtension
    final TrackedResources resources = new TrackedResources();

    private LoopbackServer server(LoopbackServer.Script script) throws IOException {
        return resources.server(script);
    }

    private GraphContactsClient client(LoopbackServer server) {
        GraphClientSettings settings = new GraphClientSettings(server.baseUrl().toString(), true, 2,
                Duration.ofMillis(20), 4, Duration.ofSeconds(2), Duration.ofSeconds(5));
        GraphContactsClient client = GraphContactsClients.create(settings, new StaticTokenProvider(TOKEN));
        resources.track(client);
        return client;
    }

    private static final DeltaSink<Contact> IGNORE = new DeltaSink<>() {
        @Override
        public void changed(Contact item) {
        }

        @Override
        public void removed(String id, String reason) {
        }
    };

    @Test
    void aHostileIdReachesGraphAsOneEncodedSegment() throws Exception {
        LoopbackServer server = server((i, req, out) -> respond(out, 200, "{\"id\":\"x\"}"));
        client(server).getContact(Mailbox.of("me"), "a/../b?x=1", ContactQuery.NONE);
        assertThat(server.received()).singleElement().extracting(LoopbackServer.Received::target)
                .isEqualTo("/v1.0/me/contacts/a%2F%2E%2E%2Fb%3Fx%3D1");
    }

    @Test
    void aForeignNextLinkInAListIsRefusedAndNeverCalled() throws Exception {
        LoopbackServer foreign = server((i, req, out) -> respond(out, 200, "{\"value\":[{\"id\":\"evil\"}]}"));
        LoopbackServer graph = server((i, req, out) -> respond(out, 200, "{\"value\":[{\"id\":\"c1\"}],"
                + "\"@odata.nextLink\":\"" + foreign.url("/v1.0/me/contacts?$skiptoken=abc") + "\"}"));
        // same host, other port: still another origin
        Iterator<Contact> contacts = client(graph).listContacts(Mailbox.of("me"), null, ContactQuery.NONE);
        assertThatThrownBy(contacts::hasNext).isInstanceOf(UntrustedLinkException.class)
                .hasMessageContaining("127.0.0.1:" + foreign.baseUrl().getPort())
                .hasMessageNotContaining("abc");
        assertThat(foreign.received()).isEmpty();
    }

    @Test
    void aForeignDeltaLinkIsRefusedOnTheSamePageAndAStoredOneBeforeAnyRequest() throws Exception {
        LoopbackServer graph = server((i, req, out) -> respond(out, 200,
                "{\"value\":[],\"@odata.deltaLink\":\"https://evil.example/v1.0/me/contacts/delta?$deltatoken=t\"}"));
        GraphContactsClient client = client(graph);
        DeltaRequest start = new DeltaRequest(Mailbox.of("me"), "F", null, null, null);
        assertThatThrownBy(() -> client.deltaContacts(start, IGNORE)).isInstanceOf(UntrustedLinkException.class)
                .hasMessageContaining("evil.example");

        int before = graph.received().size();
        assertThatThrownBy(() -> client.deltaContacts(start.withLink("https://evil.example/v1.0/x"), IGNORE))
                .isInstanceOf(UntrustedLinkException.class);
        assertThatThrownBy(() -> client.deltaFolders(Mailbox.of("me"), "http://evil.example/v1.0/x", null))
                .isInstanceOf(UntrustedLinkException.class);
        assertThat(graph.received()).hasSize(before);
    }

    @Test
    void deltaSendsSelectAndPageSizeThenReplaysLinksVerbatim() throws Exception {
        List<String> seen = new ArrayList<>();
        LoopbackServer[] self = new LoopbackServer[1];
        self[0] = server((i, req, out) -> {
            if (i == 0) {
                respond(out, 200, "{\"@odata.nextLink\":\"" + self[0].baseUrl()
                        + "/me/contactFolders('F%3D')/contacts/delta()?$skiptoken=A%2Bb'c\",\"value\":[{\"id\":\"1\"}]}");
            } else {
                respond(out, 200, "{\"value\":[{\"id\":\"2\",\"@removed\":{\"reason\":\"deleted\"}}],"
                                  + "\"@odata.deltaLink\":\"" + self[0].baseUrl() + "/me/x/delta?$deltatoken=Z\"}");
            }
        });
        GraphContactsClient client = client(self[0]);
        DeltaSink<Contact> sink = new DeltaSink<>() {
            @Override
            public void changed(Contact item) {
                seen.add("c" + item.getId());
            }

            @Override
            public void removed(String id, String reason) {
                seen.add("r" + id + reason);
            }
        };
        DeltaRequest start = new DeltaRequest(Mailbox.of("a@b.com"), "F=", null, "givenName", 7);
        DeltaPage first = client.deltaContacts(start, sink);
        DeltaPage second = client.deltaContacts(start.withLink(first.nextLink()), sink);
        assertThat(second.isLastPage()).isTrue();
        assertThat(second.deltaLink()).endsWith("/me/x/delta?$deltatoken=Z");
        assertThat(seen).containsExactly("c1", "r2deleted");
        List<LoopbackServer.Received> requests = self[0].received();
        assertThat(requests.get(0).target())
                .isEqualTo("/v1.0/users/a%40b%2Ecom/contactFolders/F%3D/contacts/delta?$select=givenName%2CchangeKey");
        assertThat(requests.get(1).target()).isEqualTo("/v1.0/me/contactFolders('F%3D')/contacts/delta()?$skiptoken=A%2Bb'c");
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.header("Prefer")).isEqualTo("odata.maxpagesize=7, IdType=\"ImmutableId\"");
            assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        });
    }

    @Test
    void aDeltaPageWithoutLinksIsAnError() throws Exception {
        LoopbackServer graph = server((i, req, out) -> respond(out, 200, "{\"value\":[]}"));
        assertThatThrownBy(() -> client(graph).deltaContacts(new DeltaRequest(Mailbox.of("me"), null, null, null,
                null), IGNORE)).isInstanceOf(GraphException.class).hasMessageContaining("neither");
    }

    @Test
    void errorsCarryStatusCodeMessageAndRequestIdButNeverTheToken() throws Exception {
        LoopbackServer graph = server((i, req, out) -> respond(out, i < 2 ? 401 : 404,
                "{\"error\":{\"code\":\"" + (i < 2 ? "InvalidAuthenticationToken" : "ErrorItemNotFound")
                + "\",\"message\":\"The specified object was not found in the store.\"}}", "request-id: rid-" + i));
        GraphContactsClient client = client(graph);
        assertThatThrownBy(() -> client.getContact(Mailbox.of("me"), "c1", null))
                .isInstanceOf(GraphException.class)
                .satisfies(e -> assertThat(((GraphException) e).getStatus()).isEqualTo(401))
                .hasMessageContaining("InvalidAuthenticationToken").hasMessageContaining("rid-1")
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> client.getContact(Mailbox.of("me"), "c1", null))
                .isInstanceOf(GraphNotFoundException.class).hasMessageContaining("rid-2");
    }

    @Test
    void updateAndDeleteSendIfMatch() throws Exception {
        LoopbackServer graph = server((i, req, out) -> {
            if (req.method().equals("PATCH")) {
                respond(out, 412, "{\"error\":{\"code\":\"ErrorIrresolvableConflict\",\"message\":\"stale\"}}");
            } else {
                out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes());
            }
        });
        GraphContactsClient client = client(graph);
        assertThatThrownBy(() -> client.updateContact(Mailbox.of("me"), "c1",
                GraphJson.mapper().createObjectNode().put("jobTitle", "CTO"), "W/\"k1\""))
                .isInstanceOf(GraphConflictException.class);
        client.deleteContact(Mailbox.of("me"), "c1", "W/\"k2\"");
        assertThat(graph.received()).extracting(r -> r.method() + " " + r.header("If-Match") + " " + r.body())
                .containsExactly("PATCH W/\"k1\" {\"jobTitle\":\"CTO\"}", "DELETE W/\"k2\" ");
    }

    @Test
    void defaultFolderFallsBackFromFoldersToContactsToNull() throws Exception {
        LoopbackServer graph = server((i, req, out) -> {
            if (req.target().contains("/contactFolders")) {
                respond(out, 200, "{\"value\":[]}");
            } else if (req.target().contains("/users/full/")) {
                respond(out, 200, "{\"value\":[{\"id\":\"c\",\"parentFolderId\":\"DEFAULT\"}]}");
            } else {
                respond(out, 200, "{\"value\":[]}");
            }
        });
        GraphContactsClient client = client(graph);
        assertThat(client.defaultFolderId(Mailbox.of("full"))).isEqualTo("DEFAULT");
        assertThat(client.defaultFolderId(Mailbox.of("full"))).isEqualTo("DEFAULT");
        assertThat(client.defaultFolderId(Mailbox.of("empty"))).isNull();
        assertThat(graph.received()).extracting(LoopbackServer.Received::target).containsExactly(
                "/v1.0/users/full/contactFolders?$top=1&$select=parentFolderId",
                "/v1.0/users/full/contacts?$select=parentFolderId&$top=1",
                "/v1.0/users/empty/contactFolders?$top=1&$select=parentFolderId",
                "/v1.0/users/empty/contacts?$select=parentFolderId&$top=1");
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsAThrottledException() throws Exception {
        LoopbackServer graph = server((i, req, out) -> respond(out, 429,
                "{\"error\":{\"code\":\"ApplicationThrottled\",\"message\":\"over MailboxConcurrency\"}}",
                "Retry-After: 0"));
        assertThatThrownBy(() -> client(graph).getContact(Mailbox.of("me"), "c", null))
                .isInstanceOf(GraphThrottledException.class).hasMessageContaining("ApplicationThrottled");
        assertThat(graph.received()).hasSize(3);
    }

    @Test
    void anUnreachableGraphIsAGraphExceptionWithStatusZero() throws Exception {
        LoopbackServer graph = server((i, req, out) -> {
        });
        GraphContactsClient client = client(graph);
        graph.close();
        assertThatThrownBy(() -> client.getFolder(Mailbox.of("me"), "f")).isInstanceOf(GraphException.class)
                .satisfies(e -> assertThat(((GraphException) e).getStatus()).isZero());
    }

    @Test
    void theDeltaPagesOfARoundShareOneKeptAliveConnection() throws Exception {
        // A keep-alive server (the scripted one closes every connection): the client ports it sees are connections.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0";
        server.createContext("/v1.0/", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            String query = exchange.getRequestURI().getRawQuery();
            int page = query == null ? 0 : Integer.parseInt(query.substring(query.indexOf('=') + 1));
            String link = page < 4 ? "\"@odata.nextLink\":\"" + base + "/me/contacts/delta?$skiptoken=" + (page + 1)
                    : "\"@odata.deltaLink\":\"" + base + "/me/contacts/delta?$deltatoken=d";
            byte[] body = ("{\"value\":[{\"id\":\"c" + page + "\"}]," + link + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            GraphClientSettings settings = new GraphClientSettings(base, true, 2, Duration.ofMillis(20), 4,
                    Duration.ofSeconds(2), Duration.ofSeconds(5));
            GraphContactsClient client = GraphContactsClients.create(settings, new StaticTokenProvider(TOKEN));
            resources.track(client);
            DeltaRequest request = new DeltaRequest(Mailbox.of("me"), null, null, null, null);
            List<Contact> seen = new ArrayList<>();
            DeltaSink<Contact> sink = new DeltaSink<>() {
                @Override
                public void changed(Contact item) {
                    seen.add(item);
                }

                @Override
                public void removed(String id, String reason) {
                }
            };
            DeltaPage page = client.deltaContacts(request, sink);
            while (!page.isLastPage()) {
                page = client.deltaContacts(request.withLink(page.nextLink()), sink);
            }
            assertThat(seen).extracting(Contact::getId).containsExactly("c0", "c1", "c2", "c3", "c4");
            assertThat(clientPorts).as("connections opened for five pages").hasSize(1);
        } finally {
            server.stop(0);
        }
    }
}
