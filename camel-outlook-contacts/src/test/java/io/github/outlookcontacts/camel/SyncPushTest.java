package io.github.outlookcontacts.camel;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.subscriptions.Subscription;
import io.github.outlookcontacts.notify.SubscriptionStatus;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Push end to end: the consumer's webhook on Camel's Vert.x platform HTTP server, the emulator's subscriptions
 * calling it over loopback. The poll timer is long, so what arrives quickly came through a notification.
 */
class SyncPushTest extends SyncEmulatorSupport {

    private static final String PATH = "/outlook/notifications";

    private int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    private void startPush(String options) throws Exception {
        startCamel(syncUri("notificationUrl=http://127.0.0.1:" + port + PATH + "&" + options), ctx -> {
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            try {
                ctx.addService(new VertxPlatformHttpServer(server));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs before the emulator and Camel stop: no notification may reach a webhook that is shutting down. */
    @AfterEach
    void stopNotifications() {
        if (emulator != null) {
            emulator.subscriptions().close();
        }
    }

    /** The first round has run and the subscription is live. */
    private void awaitSubscribed() {
        await(() -> consumer().getSyncHealth().polled() && consumer().getPushStatus() != null
                    && consumer().getPushStatus().state() == SubscriptionStatus.State.ACTIVE, Duration.ofSeconds(10),
                () -> "first round and subscription");
        awaitQuiet();
    }

    private OutlookContactsConsumer consumer() {
        return (OutlookContactsConsumer) camel.getRoute("sync").getConsumer();
    }

    private HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChangeArrivesByPushWhileTheTimerSleeps() throws Exception {
        String clients = folder("Clients");
        create(clients, "before");
        startPush("folder=Clients&delay=60000");
        awaitRouteMatchesStore(clients);
        assertThat(emulator.subscriptions().list()).singleElement().satisfies(s -> {
            assertThat(s.resource()).isEqualTo("me/contactFolders/" + clients + "/contacts");
            assertThat(s.notificationUrl()).isEqualTo("http://127.0.0.1:" + port + PATH);
        });
        assertThat(consumer().getPushStatus().state()).isEqualTo(SubscriptionStatus.State.ACTIVE);
        assertThat(HealthCheckHelper.invokeReadiness(camel)).filteredOn(r -> ("outlook-contacts-consumer-sync")
                .equals(r.getDetails().get(HealthCheck.CHECK_ID))).singleElement().satisfies(r -> {
                    assertThat(r.getDetails()).containsEntry("subscription.state", "ACTIVE")
                            .containsEntry("subscription.id", emulator.subscriptions().list().get(0).id())
                            .containsKey("subscription.expiration");
                });

        ContactEntry later = create(clients, "later");
        await(() -> routeView(clients).containsKey(later.id()), Duration.ofSeconds(10), () -> "pushed create");
        update(later.id(), "CEO");
        awaitRouteMatchesStore(clients); // well before the 60 s timer

        stopNotifications();
        camel.stop(); // stop deletes the subscription
        camel = null;
        assertThat(emulator.subscriptions().list()).isEmpty();
    }

    @Test
    void validationIsAnsweredAndAForgedNotificationTriggersNothing() throws Exception {
        String clients = folder("Clients");
        startPush("folder=Clients&delay=60000");
        awaitSubscribed();

        HttpResponse<String> validation = post(PATH + "?validationToken=Validation%3A%20Testing%20%26%20more%2B", "");
        assertThat(validation.statusCode()).isEqualTo(200);
        assertThat(validation.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(validation.body()).isEqualTo("Validation: Testing & more+");

        String id = emulator.subscriptions().list().get(0).id();
        long requests = emulator.throttling().totalRequests();
        HttpResponse<String> forged = post(PATH, "{\"value\":[{\"subscriptionId\":\"" + id + "\",\"clientState\":"
                                                 + "\"guessed\",\"changeType\":\"created\"}]}");
        assertThat(forged.statusCode()).isEqualTo(202);
        assertThat(post(PATH, "not json").statusCode()).isEqualTo(400);
        Thread.sleep(500);
        assertThat(emulator.throttling().totalRequests()).as("no delta read after a forged notification")
                .isEqualTo(requests);
        assertThat(consumer().getPushStatus().refused()).isEqualTo(2);
        assertThat(consumer().getPushStatus().accepted()).isZero();
        assertThat(clients).isNotNull();
    }

    @Test
    void withThirtyPercentOfNotificationsLostEveryChangeStillArrivesOnce() throws Exception {
        String clients = folder("Clients");
        startPush("folder=Clients&delay=2000");
        awaitSubscribed();
        emulator.subscriptions().faults().dropRate(0.3);
        List<ContactEntry> made = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            made.add(create(clients, "c" + i));
            if (i % 3 == 2) {
                update(made.get(i - 2).id(), "title " + i);
            }
            Thread.sleep(5);
        }
        awaitRouteMatchesStore(clients);
        assertThat(emulator.subscriptions().droppedCount()).isPositive();
        Map<String, Integer> copies = new HashMap<>();
        events().forEach(e -> copies.merge(e.id() + "/" + e.changeKey(), 1, Integer::sum));
        assertThat(copies.values()).as("no change delivered twice").allMatch(n -> n == 1);
    }

    @Test
    void aRemovedSubscriptionIsReplacedAndFollowedByADeltaRound() throws Exception {
        String clients = folder("Clients");
        startPush("folder=Clients&delay=60000");
        awaitSubscribed();
        Subscription first = emulator.subscriptions().list().get(0);
        emulator.subscriptions().faults().dropRate(1.0); // this change is only found by the round after the event
        ContactEntry meanwhile = create(clients, "meanwhile");
        emulator.subscriptions().lifecycle(first.id(), "subscriptionRemoved");
        await(() -> emulator.subscriptions().list().size() == 1
                    && !emulator.subscriptions().list().get(0).id().equals(first.id()), Duration.ofSeconds(10),
                () -> "a new subscription");
        await(() -> routeView(clients).containsKey(meanwhile.id()), Duration.ofSeconds(10), () -> "catch-up round");
        assertThat(consumer().getPushStatus().id()).isEqualTo(emulator.subscriptions().list().get(0).id());
    }
}
