package io.github.outlookcontacts.notify;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of wake-ups into as few runs as possible without missing one: {@link #fire} queues the action unless
 * a run is already queued; a fire while the action runs queues exactly one more run after it, so a change notified
 * during a delta round is read by the next one.
 */
public final class CoalescingTrigger {

    private final Executor executor;
    private final Runnable action;
    private final AtomicBoolean queued = new AtomicBoolean();

    public CoalescingTrigger(Executor executor, Runnable action) {
        this.executor = executor;
        this.action = action;
    }

    /** Never blocks; safe from any thread. */
    public void fire() {
        if (!queued.compareAndSet(false, true)) {
            return; // a run that has not started yet will see this change
        }
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException stopping) {
            queued.set(false);
        }
    }

    private void run() {
        queued.set(false); // from here on, a new fire queues another run
        action.run();
    }
}
