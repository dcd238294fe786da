package io.github.outlookcontacts.emulator.subscriptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Subscriptions over real HTTP: the emulator calls a real webhook server on loopback. */
class SubscriptionsTest {

    private static final String USER = Principal.DEFAULT_USER;

    private GraphEmulator emulator;
    private ContactStore store;
    private HttpServer webhook;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private volatile String validationAnswer; // null = echo the token
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        emulator = GraphEmulator.builder().port(0).build().start();
        store = emulator.store();
        store.mailbox(USER);
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", this::answer);
        webhook.start();
    }

    @AfterEach
    void stop() {
        webhook.stop(0);
        emulator.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        byte[] body;
        int status;
        if (query != null && query.startsWith("validationToken=")) {
            String token = java.net.URLDecoder.decode(query.substring("validationToken=".length()),
                    StandardCharsets.UTF_8);
            body = (validationAnswer == null ? token : validationAnswer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            status = 200;
        } else {
            received.add(Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes()));
            body = new byte[0];
            status = 202;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private String hook() {
        return "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Authorization", "Bearer test").header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String body(String resource, String url, Instant expiry) {
        return "{\"changeType\":\"created,updated,deleted\",\"notificationUrl\":\"" + url + "\",\"lifecycleNotificationUrl\":\""
               + url + "\",\"resource\":\"" + resource + "\",\"expirationDateTime\":\"" + expiry
               + "\",\"clientState\":\"secret-state\"}";
    }

    private String subscribe(String resource) throws Exception {
        HttpResponse<String> created = send("POST", "/subscriptions",
                body(resource, hook(), Instant.now().plus(Duration.ofHours(1))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.MAPPER.readTree(created.body()).get("id").asText();
    }

    private void awaitReceived(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(received).hasSizeGreaterThanOrEqualTo(count);
    }

    @Test
    void folderSubscriptionNotifiesItsFolderOnlyWithGraphsPayload() throws Exception {
        String clients = store.ensureFolderPath(USER, "Clients");
        String other = store.ensureFolderPath(USER, "Other");
        String id = subscribe("me/contactFolders/" + clients + "/contacts");
        assertThat(emulator.subscriptions().validationCount()).isEqualTo(2); // notification and lifecycle URLs

        ContactEntry contact = store.createContact(USER, clients, "{\"givenName\":\"Ann\"}");
        store.createContact(USER, other, "{\"givenName\":\"Elsewhere\"}");
        store.updateContact(USER, contact.id(), "{\"jobTitle\":\"CEO\"}");
        store.deleteContact(USER, contact.id());
        awaitReceived(3);
        Thread.sleep(200);
        assertThat(received).hasSize(3);
        assertThat(received).extracting(n -> n.get("value").get(0).get("changeType").asText())
                .containsExactly("created", "updated", "deleted");
        JsonNode first = received.get(0).get("value").get(0);
        assertThat(first.get("subscriptionId").asText()).isEqualTo(id);
        assertThat(first.get("clientState").asText()).isEqualTo("secret-state");
        assertThat(first.get("resourceData").get("id").asText()).isEqualTo(contact.id());
        assertThat(first.get("resourceData").get("@odata.type").asText()).isEqualTo("#Microsoft.Graph.Contact");
        assertThat(first.get("resource").asText()).endsWith("/Contacts/" + contact.id());
    }

    @Test
    void refusesBadWebhooksAndLifetimes() throws Exception {
        validationAnswer = "wrong";
        HttpResponse<String> wrongEcho = send("POST", "/subscriptions",
                body("me/contacts", hook(), Instant.now().plusSeconds(600)));
        assertThat(wrongEcho.statusCode()).isEqualTo(400);
        assertThat(wrongEcho.body()).contains("validation request failed");
        validationAnswer = null;
        HttpResponse<String> remote = send("POST", "/subscriptions",
                body("me/contacts", "https://203.0.113.9/hook", Instant.now().plusSeconds(600)));
        assertThat(remote.statusCode()).isEqualTo(400);
        assertThat(remote.body()).contains("loopback");
        HttpResponse<String> tooLong = send("POST", "/subscriptions",
                body("me/contacts", hook(), Instant.now().plus(Duration.ofDays(8))));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("10080 minutes");
        HttpResponse<String> badType = send("POST", "/subscriptions", body("me/contacts", hook(),
                Instant.now().plusSeconds(600)).replace("created,updated,deleted", "created,renamed"));
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("renamed");
        assertThat(emulator.subscriptions().list()).isEmpty();
    }

    @Test
    void renewDeleteExpireAndLifecycleEvents() throws Exception {
        String id = subscribe("me/contacts");
        Instant later = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        HttpResponse<String> renewed = send("PATCH", "/subscriptions/" + id,
                "{\"expirationDateTime\":\"" + later + "\"}");
        assertThat(renewed.statusCode()).isEqualTo(200);
        assertThat(emulator.subscriptions().find(id).orElseThrow().expiration()).isEqualTo(later);

        emulator.subscriptions().lifecycle(id, "missed");
        awaitReceived(1);
        assertThat(received.get(0).get("value").get(0).get("lifecycleEvent").asText()).isEqualTo("missed");
        emulator.subscriptions().lifecycle(id, "subscriptionRemoved");
        awaitReceived(2);
        assertThat(send("GET", "/subscriptions/" + id, null).statusCode()).isEqualTo(404);

        String second = subscribe("me/contacts");
        emulator.subscriptions().expire(second);
        assertThat(send("PATCH", "/subscriptions/" + second, "{\"expirationDateTime\":\"" + later + "\"}")
                .statusCode()).isEqualTo(404);
        String third = subscribe("me/contacts");
        assertThat(send("DELETE", "/subscriptions/" + third, null).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/subscriptions/" + third, null).statusCode()).isEqualTo(404);
    }

    @Test
    void dropsAndDuplicatesOnDemand() throws Exception {
        subscribe("me/contacts");
        String folder = store.defaultFolderId(USER);
        emulator.subscriptions().faults().dropRate(1.0);
        for (int i = 0; i < 5; i++) {
            store.createContact(USER, folder, "{\"givenName\":\"Lost" + i + "\"}");
        }
        assertThat(emulator.subscriptions().droppedCount()).isEqualTo(5);
        emulator.subscriptions().faults().dropRate(0).duplicateRate(1.0);
        store.createContact(USER, folder, "{\"givenName\":\"Twice\"}");
        awaitReceived(2);
        assertThat(received.get(0)).isEqualTo(received.get(1));
    }
}
