package io.github.outlookcontacts.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.graph.GraphSubscription;
import io.github.outlookcontacts.graph.GraphSubscriptions;
import io.github.outlookcontacts.graph.SubscriptionRequest;
import io.github.outlookcontacts.notify.SubscriptionStatus.State;
import io.github.outlookcontacts.sync.CursorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one Graph subscription alive for a synced folder and turns verified notifications into wake-ups.
 * <p>
 * It creates the subscription at {@link #start} (or reuses the one a crashed predecessor left in the store), renews
 * it once a third of its lifetime is left, re-creates it when Graph forgets it (404) or removes it, answers
 * {@code reauthorizationRequired} and deletes it at {@link #stop}. Every Graph call runs on the given executor, one
 * at a time, never on the thread that delivered a notification. A wake-up only asks for a delta round: after a
 * {@code missed} event, a re-creation or any other doubt it is the cursor that makes the round complete.
 */
public final class SubscriptionManager {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionManager.class);
    private static final long START_TIMEOUT_SECONDS = 120;

    private final GraphSubscriptions graph;
    private final CursorStore store;
    private final SubscriptionSettings settings;
    private final Runnable wake;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile StoredSubscription current;
    /** The secret of a subscription being created: Graph may notify before the creation's answer arrives. */
    private volatile String creating;
    private volatile String lastError;
    private volatile boolean started;
    private ScheduledFuture<?> checks;

    /**
     * @param wake     asks for a delta round now; must not block (a coalescing trigger)
     * @param executor runs every Graph call and the periodic check; owned by the caller
     */
    public SubscriptionManager(GraphSubscriptions graph, CursorStore store, SubscriptionSettings settings,
                               Runnable wake, ScheduledExecutorService executor, Clock clock) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.wake = Objects.requireNonNull(wake, "wake");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Subscribes (waiting for Graph's answer, which includes its validation call to the webhook, so the webhook must
     * be listening) and schedules the periodic check. A failure does not throw: it shows in {@link #status()} and
     * the next check tries again, while the poll timer keeps the folder in sync.
     */
    public synchronized void start() {
        started = true;
        await(executor.submit(this::check));
        long interval = settings.checkInterval().toMillis();
        checks = executor.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Deletes the subscription at Graph and forgets it. */
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        if (checks != null) {
            checks.cancel(false);
        }
        await(executor.submit(this::deleteCurrent));
    }

    /**
     * Creates, reuses or renews the subscription as due; runs on the executor (tests may call it directly to check
     * renewal at a given clock).
     */
    public void check() {
        if (!started) {
            return;
        }
        try {
            StoredSubscription live = current;
            if (live == null) {
                reuseOrCreate();
            } else if (!clock.instant().isBefore(live.expiration().minus(settings.renewBefore()))) {
                renew(live);
            }
            lastError = null;
        } catch (RuntimeException e) {
            failed("keeping the subscription on " + settings.resource() + " alive", e);
        }
    }

    /**
     * Handles the items of one notification POST: those without the subscription's {@code clientState} are
     * refused and counted; a change asks for one wake-up however many the POST carries; lifecycle events are
     * handled on the executor. Never blocks on Graph.
     */
    public Receipt receive(List<Notification> items) {
        boolean change = false;
        int refusedNow = 0;
        for (Notification item : items) {
            if (!verified(item)) {
                refusedNow++;
                continue;
            }
            accepted.incrementAndGet();
            if (item.isLifecycle()) {
                lifecycle(item);
            } else {
                change = true;
            }
        }
        if (refusedNow > 0) {
            refused.addAndGet(refusedNow);
            LOG.debug("Refused {} notification(s) for {}: wrong clientState", refusedNow, settings.resource());
        }
        if (change) {
            wake.run();
        }
        return new Receipt(items.size() - refusedNow, refusedNow);
    }

    /** Counts a notification POST that could not even be read. */
    public void refusedUnreadable() {
        refused.incrementAndGet();
    }

    public SubscriptionStatus status() {
        StoredSubscription live = current;
        State state = !started ? State.STOPPED
                : live != null && live.expiration().isAfter(clock.instant()) ? State.ACTIVE : State.FAILED;
        return new SubscriptionStatus(state, live == null ? null : live.id(), live == null ? null : live.expiration(),
                accepted.get(), refused.get(), lastError);
    }

    /** How many items of a POST were accepted and refused. */
    public record Receipt(int accepted, int refused) {
    }

    private boolean verified(Notification item) {
        StoredSubscription live = current;
        return live != null && ClientState.matches(live.clientState(), item.clientState())
               || ClientState.matches(creating, item.clientState());
    }

    private void lifecycle(Notification item) {
        String event = item.lifecycleEvent();
        if ("missed".equals(event)) {
            LOG.info("Graph missed notifications for {}: running a delta round", settings.resource());
            wake.run();
            return;
        }
        executor.execute(() -> {
            StoredSubscription live = current;
            if (!started || live == null || !live.id().equals(item.subscriptionId())) {
                return; // an event for a subscription already replaced
            }
            try {
                if ("subscriptionRemoved".equals(event)) {
                    LOG.info("Graph removed the subscription on {}: creating a new one", settings.resource());
                    recreate();
                } else if ("reauthorizationRequired".equals(event)) {
                    reauthorize(live);
                } else {
                    LOG.debug("Ignoring lifecycle event {} for {}", event, settings.resource());
                }
                lastError = null;
            } catch (RuntimeException e) {
                failed("handling " + event + " on " + settings.resource(), e);
            }
        });
    }

    private void reuseOrCreate() {
        StoredSubscription stored = StoredSubscription.load(store, settings.resource());
        if (stored != null && stored.id() != null && stored.clientState() != null
                && settings.notificationUrl().equals(stored.notificationUrl())
                && stored.expiration().isAfter(clock.instant())) {
            LOG.debug("Reusing subscription {} on {}", stored.id(), settings.resource());
            current = stored;
            renew(stored);
            wake.run(); // changes may have come while nobody listened
            return;
        }
        if (stored != null && stored.id() != null) {
            deleteQuietly(stored.id()); // another URL, or lapsed: it must not linger
        }
        create();
    }

    private void renew(StoredSubscription live) {
        try {
            GraphSubscription renewed = graph.renew(live.id(), clock.instant().plus(settings.lifetime()));
            StoredSubscription next = live.withExpiration(renewed.expiration());
            next.save(store);
            current = next;
        } catch (GraphNotFoundException gone) {
            LOG.info("Subscription on {} is gone at Graph: creating a new one", settings.resource());
            recreate();
        }
    }

    private void reauthorize(StoredSubscription live) {
        try {
            graph.reauthorize(live.id());
        } catch (GraphNotFoundException gone) {
            recreate();
        } catch (RuntimeException e) {
            LOG.debug("Reauthorizing {} failed ({}); renewing it instead", live.id(), e.getMessage());
            renew(live);
        }
    }

    /** A new subscription and a delta round for whatever happened while there was none. */
    private void recreate() {
        current = null;
        StoredSubscription.clear(store, settings.resource());
        try {
            create();
        } finally {
            wake.run();
        }
    }

    private void create() {
        String clientState = ClientState.generate();
        creating = clientState;
        try {
            GraphSubscription created = graph.create(new SubscriptionRequest(settings.resource(),
                    settings.changeType(), settings.notificationUrl(), settings.notificationUrl(), clientState,
                    clock.instant().plus(settings.lifetime())));
            StoredSubscription next = new StoredSubscription(created.id(), settings.resource(),
                    settings.notificationUrl(), clientState, created.expiration());
            next.save(store);
            current = next;
            LOG.info("Subscribed to changes of {} (subscription {}, until {})", settings.resource(), created.id(),
                    created.expiration());
        } finally {
            creating = null;
        }
    }

    private void deleteCurrent() {
        StoredSubscription live = current;
        current = null;
        if (live != null) {
            deleteQuietly(live.id());
            StoredSubscription.clear(store, settings.resource());
        }
    }

    private void deleteQuietly(String id) {
        try {
            graph.delete(id);
        } catch (GraphNotFoundException alreadyGone) {
            // nothing to delete
        } catch (RuntimeException e) {
            LOG.warn("Could not delete subscription {} ({}); Graph drops it when it expires", id, e.getMessage());
        }
    }

    private void failed(String what, RuntimeException e) {
        lastError = e.getMessage();
        LOG.warn("{} failed: {}; the poll timer covers until the next try", what, e.getMessage());
    }

    private static void await(Future<?> future) {
        try {
            future.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Subscription task did not finish: {}", e.toString());
        }
    }
}
