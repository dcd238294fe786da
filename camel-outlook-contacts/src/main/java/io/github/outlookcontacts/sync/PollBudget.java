package io.github.outlookcontacts.sync;

/**
 * How many changes one poll may emit ({@code maxMessagesPerPoll}); checked at page boundaries so a page is never
 * split. Zero or less means no limit.
 */
public final class PollBudget {

    private final int max;
    private int emitted;

    public PollBudget(int max) {
        this.max = max;
    }

    public static PollBudget unlimited() {
        return new PollBudget(0);
    }

    void emitted() {
        emitted++;
    }

    public int used() {
        return emitted;
    }

    boolean exhausted() {
        return max > 0 && emitted >= max;
    }
}
