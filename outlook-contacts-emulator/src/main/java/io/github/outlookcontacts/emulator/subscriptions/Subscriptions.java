package io.github.outlookcontacts.emulator.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;

import io.github.outlookcontacts.emulator.store.JournalEntry;
import io.github.outlookcontacts.emulator.store.StoreException;

/**
 * Graph change-notification subscriptions on contacts: created only after the webhook passed the validation
 * handshake, renewed, deleted, expired on time; every journaled contact change is POSTed to the subscriptions that
 * cover it (on one background thread, in order), with faults on demand; lifecycle events are sent when a test asks.
 */
public final class Subscriptions implements AutoCloseable {

    /** Graph's cap for Outlook contact subscriptions without resource data: 10,080 minutes. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10_080);

    private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final WebhookClient webhooks;
    private final NotificationFaults faults = new NotificationFaults();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "emulator-notifications");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong validations = new AtomicLong();

    public Subscriptions(Clock clock, SSLContext trustAll) {
        this.clock = clock;
        this.webhooks = new WebhookClient(trustAll);
    }

    public NotificationFaults faults() {
        return faults;
    }

    /** Validates the request, runs the handshake(s) and stores the subscription; Graph's 400 on any failure. */
    public Subscription create(SubscriptionRequest request) {
        Instant now = clock.instant();
        Instant expiration = checkedExpiration(request.expiration(), now);
        handshake(request.notificationUrl());
        if (request.lifecycleUrl() != null) {
            handshake(request.lifecycleUrl());
        }
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), request.resource(),
                request.user(), request.folderId(), request.changeTypes(), request.notificationUrl(),
                request.lifecycleUrl(), request.clientState(), expiration);
        byId.put(subscription.id(), subscription);
        return subscription;
    }

    public Subscription renew(String id, Instant expiration) {
        Subscription current = live(id);
        Subscription renewed = current.withExpiration(checkedExpiration(expiration, clock.instant()));
        byId.put(id, renewed);
        return renewed;
    }

    public void delete(String id) {
        live(id);
        byId.remove(id);
    }

    /** {@code POST /subscriptions/{id}/reauthorize}: the subscription stays as it is. */
    public Subscription reauthorize(String id) {
        return live(id);
    }

    public Optional<Subscription> find(String id) {
        Subscription s = byId.get(id);
        return s == null || expired(s) ? Optional.empty() : Optional.of(s);
    }

    /** The live subscriptions. */
    public List<Subscription> list() {
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : byId.values()) {
            if (!expired(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Sends a lifecycle event ({@code reauthorizationRequired}, {@code subscriptionRemoved}, {@code missed}) to the
     * subscription's lifecycle URL; {@code subscriptionRemoved} also removes it, as Graph does.
     */
    public void lifecycle(String id, String event) {
        Subscription s = live(id);
        if (!List.of("reauthorizationRequired", "subscriptionRemoved", "missed").contains(event)) {
            throw new IllegalArgumentException("unknown lifecycle event " + event);
        }
        if ("subscriptionRemoved".equals(event)) {
            byId.remove(id);
        }
        if (s.lifecycleUrl() != null) {
            String body = NotificationJson.lifecycle(s, event);
            sender.execute(() -> deliver(s.lifecycleUrl(), body));
        }
    }

    /** Lets the subscription lapse now (a test stand-in for its expiry time passing). */
    public void expire(String id) {
        byId.computeIfPresent(id, (key, s) -> s.withExpiration(clock.instant().minusSeconds(1)));
    }

    /** Called for every journaled contact change. */
    public void onChange(JournalEntry entry) {
        for (Subscription s : byId.values()) {
            if (expired(s)) {
                continue;
            }
            for (String changeType : changeTypesFor(s, entry)) {
                if (faults.drop()) {
                    dropped.incrementAndGet();
                    continue;
                }
                String body = NotificationJson.change(s, changeType, entry);
                int copies = faults.duplicate() ? 2 : 1;
                for (int i = 0; i < copies; i++) {
                    sender.execute(() -> deliver(s.notificationUrl(), body));
                }
            }
        }
    }

    public long sentCount() {
        return sent.get();
    }

    public long droppedCount() {
        return dropped.get();
    }

    public long failedCount() {
        return failed.get();
    }

    public long validationCount() {
        return validations.get();
    }

    public void reset() {
        byId.clear();
        faults.reset();
        sent.set(0);
        dropped.set(0);
        failed.set(0);
        validations.set(0);
    }

    @Override
    public void close() {
        sender.shutdownNow();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> changeTypesFor(Subscription s, JournalEntry e) {
        String type = switch (e.type()) {
            case CREATED -> "created";
            case UPDATED -> "updated";
            case DELETED -> "deleted";
            case MOVED -> null;
        };
        List<String> out = new ArrayList<>(1);
        if (type != null) {
            if (s.covers(e.mailbox(), e.folderId(), type)) {
                out.add(type);
            }
        } else if (s.folderId() == null) {
            addIf(out, s, e.mailbox(), e.folderId(), "updated");
        } else {
            // A move leaves one folder and arrives in another.
            addIf(out, s, e.mailbox(), e.fromFolderId(), "deleted");
            addIf(out, s, e.mailbox(), e.folderId(), "created");
        }
        return out;
    }

    private static void addIf(List<String> out, Subscription s, String mailbox, String folder, String type) {
        if (s.covers(mailbox, folder, type)) {
            out.add(type);
        }
    }

    private void deliver(String url, String body) {
        Duration wait = faults.delay();
        try {
            if (!wait.isZero()) {
                Thread.sleep(wait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int status = webhooks.post(url, body);
        if (status >= 200 && status < 300) {
            sent.incrementAndGet();
        } else {
            failed.incrementAndGet(); // Graph would retry for hours; the delta timer covers it in the client
        }
    }

    private void handshake(String url) {
        String refusal = WebhookClient.refusal(url);
        if (refusal != null) {
            throw StoreException.badRequest("InvalidRequest", refusal);
        }
        validations.incrementAndGet();
        if (!webhooks.validate(url, "Validation: Testing client application reachability for subscription Request-Id: "
                                    + UUID.randomUUID())) {
            throw StoreException.badRequest("InvalidRequest", "Subscription validation request failed. Notification"
                                            + " endpoint must respond with 200 OK to validation request.");
        }
    }

    private Instant checkedExpiration(Instant requested, Instant now) {
        if (requested == null) {
            throw StoreException.badRequest("InvalidRequest", "expirationDateTime is required.");
        }
        if (!requested.isAfter(now)) {
            throw StoreException.badRequest("InvalidRequest", "Subscription expiration can only be in the future.");
        }
        if (requested.isAfter(now.plus(MAX_LIFETIME))) {
            throw StoreException.badRequest("InvalidRequest", "Subscription expiration can only be 10080 minutes"
                                            + " in the future.");
        }
        return requested;
    }

    private Subscription live(String id) {
        Subscription s = byId.get(id);
        if (s == null || expired(s)) {
            byId.remove(id);
            throw new StoreException(404, "ResourceNotFound", "The object was not found.");
        }
        return s;
    }

    private boolean expired(Subscription s) {
        return !s.expiration().isAfter(clock.instant());
    }
}
