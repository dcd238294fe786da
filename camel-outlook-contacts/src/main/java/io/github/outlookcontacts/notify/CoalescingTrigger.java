package io.github.outlookcontacts.notify;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of wake-ups into one run without missing one: {@link #fire} schedules the action a short window
 * later unless a run is already scheduled, so the notifications of a burst (Graph sends one per change) share one
 * delta round; a fire while the action runs schedules exactly one more run, so a change notified during a round is
 * read by the next one.
 */
public final class CoalescingTrigger {

    /** Long enough to gather a burst's notifications, short beside Graph's own delivery delay. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMillis(100);

    private final ScheduledExecutorService executor;
    private final long windowMillis;
    private final Runnable action;
    private final AtomicBoolean queued = new AtomicBoolean();

    /** @param executor runs the action; with one thread, runs never overlap */
    public CoalescingTrigger(ScheduledExecutorService executor, Duration window, Runnable action) {
        this.executor = executor;
        this.windowMillis = window.toMillis();
        this.action = action;
    }

    /** Never blocks; safe from any thread. */
    public void fire() {
        if (!queued.compareAndSet(false, true)) {
            return; // a run that has not started yet will see this change
        }
        try {
            executor.schedule(this::run, windowMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            queued.set(false);
        }
    }

    private void run() {
        queued.set(false); // from here on, a new fire schedules another run
        action.run();
    }
}
