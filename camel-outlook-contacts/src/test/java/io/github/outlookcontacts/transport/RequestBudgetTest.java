package io.github.outlookcontacts.transport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One mailbox's sliding-window budget and the server's pause, on real time with short windows. */
class RequestBudgetTest {

    private static final Duration WINDOW = Duration.ofMillis(400);

    @Test
    void aWholeBudgetGoesAtOnceAndTheNextUnitWaitsForTheWindowToSlide() throws InterruptedException {
        RequestBudget budget = new RequestBudget(10, WINDOW);
        long start = System.nanoTime();
        budget.take(4);
        budget.take(6);
        assertThat(elapsed(start)).isLessThan(Duration.ofMillis(100));
        assertThat(budget.used()).isEqualTo(10);

        budget.take(1);
        // the window plus its margin of two buckets at most (1% each)
        assertThat(elapsed(start)).isBetween(WINDOW, WINDOW.plusMillis(150));
    }

    @Test
    void unitsCountFromTheAnswerSoALongRequestIsNotForgottenWhileTheServerStillCountsIt() throws Exception {
        RequestBudget budget = new RequestBudget(10, WINDOW);
        long start = System.nanoTime();
        long stamp = budget.take(10);
        Thread.sleep(200); // the request is in flight; the server admits its sub-requests meanwhile
        budget.settle(stamp, 10);

        budget.take(1);
        assertThat(elapsed(start)).isGreaterThanOrEqualTo(WINDOW.plusMillis(200));
    }

    @Test
    void noWindowEverHoldsMoreThanTheBudget() throws InterruptedException {
        RequestBudget budget = new RequestBudget(20, WINDOW);
        List<Long> sent = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        while (System.nanoTime() - start < 3 * WINDOW.toNanos()) {
            budget.take(3);
            long now = System.nanoTime();
            sent.add(now);
            sent.add(now);
            sent.add(now);
        }
        for (int i = 0; i < sent.size(); i++) {
            long from = sent.get(i);
            long inWindow = sent.stream().filter(t -> t >= from && t - from < WINDOW.toNanos()).count();
            assertThat(inWindow).as("units sent within a window from unit %d", i).isLessThanOrEqualTo(20);
        }
        assertThat(sent.size()).as("the budget is used, not wasted: about 20 per window").isGreaterThanOrEqualTo(50);
    }

    @Test
    void aPauseHoldsEverySenderAndAShorterOneChangesNothing() throws Exception {
        RequestBudget budget = new RequestBudget(0, null);
        budget.pause(Duration.ofMillis(300));
        budget.pause(Duration.ofMillis(50));
        long start = System.nanoTime();
        CountDownLatch done = new CountDownLatch(3);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            new Thread(() -> {
                try {
                    budget.take(1);
                    waits.add(elapsed(start));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        assertThat(waits).hasSize(3).allMatch(w -> w.compareTo(Duration.ofMillis(280)) >= 0);
    }

    @Test
    void sendersAreServedInArrivalOrderSoABatchIsNotStarved() throws Exception {
        RequestBudget budget = new RequestBudget(20, WINDOW);
        budget.take(15);
        List<String> order = new CopyOnWriteArrayList<>();
        Thread batch = new Thread(() -> takeAndRecord(budget, 20, "batch", order));
        batch.start();
        while (batch.getState() != Thread.State.TIMED_WAITING && batch.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        Thread single = new Thread(() -> takeAndRecord(budget, 1, "single", order));
        single.start();
        batch.join();
        single.join();
        assertThat(order).containsExactly("batch", "single");
    }

    @Test
    void aWaitingSenderStopsWhenInterruptedAndTheNextOneGoesOn() throws Exception {
        RequestBudget budget = new RequestBudget(1, Duration.ofSeconds(30));
        budget.take(1);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> budget.take(1)).isInstanceOf(InterruptedException.class);
        assertThat(budget.used()).isEqualTo(1);
    }

    @Test
    void refusesNegativeBudgetsNamingTheOption() {
        assertThatThrownBy(() -> new RequestBudget(-1, WINDOW)).hasMessageContaining("requestBudget");
        assertThatThrownBy(() -> new RequestBudget(5, Duration.ZERO)).hasMessageContaining("requestBudgetWindow");
        assertThatThrownBy(() -> TransportSettings.checkRequestBudget(10, Duration.ofMillis(10)))
                .hasMessageContaining("option requestBudgetWindow; allowed values: 1 second or longer");
    }

    private static void takeAndRecord(RequestBudget budget, int units, String name, List<String> order) {
        try {
            budget.take(units);
            order.add(name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
