package io.github.outlookcontacts.emulator.subscriptions;

import java.time.Duration;
import java.util.Random;

/**
 * What can go wrong with webhook delivery, set at run time: lost and duplicated notifications, late delivery and a
 * slow validation answer from Graph's side (the handshake still waits for the client's answer).
 */
public final class NotificationFaults {

    private final Random random = new Random(7);
    private volatile double dropRate;
    private volatile double duplicateRate;
    private volatile Duration delay = Duration.ZERO;

    /** Share (0..1) of change notifications never sent. */
    public NotificationFaults dropRate(double rate) {
        this.dropRate = check(rate, "dropRate");
        return this;
    }

    /** Share (0..1) of change notifications sent twice. */
    public NotificationFaults duplicateRate(double rate) {
        this.duplicateRate = check(rate, "duplicateRate");
        return this;
    }

    /** Wait before each notification is sent. */
    public NotificationFaults delay(Duration wait) {
        this.delay = wait == null ? Duration.ZERO : wait;
        return this;
    }

    public void reset() {
        dropRate = 0;
        duplicateRate = 0;
        delay = Duration.ZERO;
    }

    synchronized boolean drop() {
        return dropRate > 0 && random.nextDouble() < dropRate;
    }

    synchronized boolean duplicate() {
        return duplicateRate > 0 && random.nextDouble() < duplicateRate;
    }

    Duration delay() {
        return delay;
    }

    private static double check(double rate, String name) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + rate);
        }
        return rate;
    }
}
