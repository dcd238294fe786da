package io.github.outlookcontacts.notify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.outlookcontacts.auth.StaticTokenProvider;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.subscriptions.Subscription;
import io.github.outlookcontacts.graph.GraphClientSettings;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphContactsClients;
import io.github.outlookcontacts.sync.CursorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscription lifecycle against the emulator over loopback. The webhook here is a plain JDK server standing in
 * for the Camel receiver (tested with the consumer), so the manager is tested without Camel.
 */
class SubscriptionManagerTest {

    private static final String USER = Principal.DEFAULT_USER;
    private static final Duration LIFETIME = Duration.ofHours(3);

    private GraphEmulator emulator;
    private GraphContactsClient client;
    private HttpServer webhook;
    private ScheduledExecutorService executor;
    private final java.util.Map<String, String> values = new java.util.concurrent.ConcurrentHashMap<>();
    private final CursorStore store = new CursorStore() {
        @Override
        public String get(String key) {
            String value = values.get(key);
            return value == null || value.isEmpty() ? null : value;
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }
    };
    private final AtomicInteger wakes = new AtomicInteger();
    private final TestClock clock = new TestClock();
    private volatile SubscriptionManager receiving;

    @BeforeEach
    void start() throws IOException {
        emulator = GraphEmulator.builder().port(0).build().start();
        emulator.store().mailbox(USER);
        client = GraphContactsClients.create(GraphClientSettings.defaults(emulator.baseUrl()),
                new StaticTokenProvider("test-token"));
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", this::answer);
        webhook.start();
        executor = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        webhook.stop(0);
        client.close();
        emulator.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        byte[] body = new byte[0];
        int status = 202;
        if (query != null && query.startsWith("validationToken=")) {
            body = URLDecoder.decode(query.substring(16), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            status = 200;
        } else if (receiving != null) {
            receiving.receive(NotificationPayload.parse(exchange.getRequestBody().readAllBytes()));
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private SubscriptionManager manager() {
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
        SubscriptionManager manager = new SubscriptionManager(client.subscriptions(), store,
                new SubscriptionSettings("me/contacts", "created,updated,deleted", url, LIFETIME,
                        Duration.ofHours(1)), wakes::incrementAndGet, executor, clock);
        receiving = manager;
        return manager;
    }

    private List<Subscription> live() {
        return emulator.subscriptions().list();
    }

    @Test
    void subscribesVerifiesAndWakesOncePerPost() throws Exception {
        SubscriptionManager manager = manager();
        manager.start();
        assertThat(live()).hasSize(1);
        Subscription s = live().get(0);
        assertThat(s.changeTypes()).containsExactlyInAnyOrder("created", "updated", "deleted");
        assertThat(s.lifecycleUrl()).isEqualTo(s.notificationUrl());
        assertThat(s.clientState()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(manager.status().state()).isEqualTo(SubscriptionStatus.State.ACTIVE);
        assertThat(manager.status().id()).isEqualTo(s.id());

        emulator.store().createContact(USER, emulator.store().defaultFolderId(USER), "{\"givenName\":\"Ann\"}");
        await(() -> wakes.get() == 1);
        assertThat(manager.status().accepted()).isEqualTo(1);

        // Two items in one POST are one wake-up; a forged one (wrong clientState) wakes nothing and is counted.
        String item = "{\"subscriptionId\":\"" + s.id() + "\",\"clientState\":\"" + s.clientState()
                      + "\",\"changeType\":\"updated\"}";
        assertThat(manager.receive(NotificationPayload.parse(("{\"value\":[" + item + "," + item + "]}")
                .getBytes(StandardCharsets.UTF_8)))).isEqualTo(new SubscriptionManager.Receipt(2, 0));
        assertThat(wakes.get()).isEqualTo(2);
        String forged = item.replace(s.clientState(), s.clientState().substring(1) + "x");
        assertThat(manager.receive(NotificationPayload.parse(("{\"value\":[" + forged + "]}")
                .getBytes(StandardCharsets.UTF_8)))).isEqualTo(new SubscriptionManager.Receipt(0, 1));
        String unsigned = "{\"subscriptionId\":\"" + s.id() + "\",\"changeType\":\"updated\"}";
        assertThat(manager.receive(NotificationPayload.parse(("{\"value\":[" + unsigned + "]}")
                .getBytes(StandardCharsets.UTF_8))).refused()).isEqualTo(1);
        assertThat(wakes.get()).isEqualTo(2);
        assertThat(manager.status().refused()).isEqualTo(2);
        manager.stop();
    }

    @Test
    void renewsBeforeExpiryAndRecreatesWhatGraphForgot() throws Exception {
        SubscriptionManager manager = manager();
        manager.start();
        String id = live().get(0).id();
        Instant first = live().get(0).expiration();

        clock.advance(Duration.ofMinutes(30)); // well before the last third: nothing to do
        manager.check();
        assertThat(live().get(0).expiration()).isEqualTo(first);

        clock.advance(Duration.ofMinutes(95)); // 2 h 5 min of 3 h gone: renew
        manager.check();
        assertThat(live()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.expiration()).isAfter(first.plus(Duration.ofHours(2)));
        });
        assertThat(StoredSubscription.load(store, "me/contacts").expiration()).isEqualTo(live().get(0).expiration());

        emulator.subscriptions().expire(id); // Graph dropped it meanwhile: the renewal's 404 leads to a new one
        clock.advance(Duration.ofHours(3));
        int before = wakes.get();
        manager.check();
        assertThat(live()).singleElement().satisfies(s -> assertThat(s.id()).isNotEqualTo(id));
        assertThat(wakes.get()).isEqualTo(before + 1); // and a delta round for the gap
        manager.stop();
    }

    @Test
    void lifecycleEventsRemovedReauthorizeAndMissed() throws Exception {
        SubscriptionManager manager = manager();
        manager.start();
        String id = live().get(0).id();

        emulator.subscriptions().lifecycle(id, "missed");
        await(() -> wakes.get() == 1);

        emulator.subscriptions().lifecycle(id, "reauthorizationRequired");
        await(() -> manager.status().accepted() == 2);
        Thread.sleep(100);
        assertThat(live()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(id));
        assertThat(manager.status().lastError()).isNull();

        emulator.subscriptions().lifecycle(id, "subscriptionRemoved");
        await(() -> live().size() == 1 && !live().get(0).id().equals(id));
        await(() -> wakes.get() == 2); // a delta round after the re-creation
        assertThat(manager.status().id()).isEqualTo(live().get(0).id());
        manager.stop();
    }

    @Test
    void stopDeletesAndACrashedPredecessorsSubscriptionIsReused() throws Exception {
        SubscriptionManager crashed = manager();
        crashed.start();
        String id = live().get(0).id();

        SubscriptionManager next = manager(); // same store, the first one never stopped
        next.start();
        assertThat(live()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(id));
        assertThat(next.status().id()).isEqualTo(id);

        next.stop();
        assertThat(live()).isEmpty();
        assertThat(StoredSubscription.load(store, "me/contacts")).isNull();
        assertThat(next.status().state()).isEqualTo(SubscriptionStatus.State.STOPPED);
    }

    @Test
    void aRefusedSubscriptionIsRetriedAtTheNextCheck() throws Exception {
        webhook.removeContext("/hook"); // validation fails: 404 from the webhook
        webhook.createContext("/hook", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        SubscriptionManager manager = manager();
        manager.start();
        assertThat(manager.status().state()).isEqualTo(SubscriptionStatus.State.FAILED);
        assertThat(manager.status().lastError()).contains("validation");
        assertThat(live()).isEmpty();

        webhook.removeContext("/hook");
        webhook.createContext("/hook", this::answer);
        manager.check();
        assertThat(manager.status().state()).isEqualTo(SubscriptionStatus.State.ACTIVE);
        assertThat(live()).hasSize(1);
        manager.stop();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Real time plus a test-controlled offset (the emulator checks expiries against real time). */
    private static final class TestClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
