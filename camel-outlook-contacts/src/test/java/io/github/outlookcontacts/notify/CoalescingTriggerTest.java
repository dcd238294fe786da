package io.github.outlookcontacts.notify;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoalescingTriggerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aBurstIsOneRunAndAFireDuringARunIsOneMore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CoalescingTrigger trigger = new CoalescingTrigger(executor, Duration.ofMillis(20), () -> {
            if (runs.incrementAndGet() == 1) {
                running.countDown();
                await(release);
            }
        });
        for (int i = 0; i < 100; i++) {
            trigger.fire();
        }
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100; i++) {
            trigger.fire(); // during the run: exactly one more
        }
        release.countDown();
        executor.schedule(() -> { }, 200, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void nothingAfterTheExecutorStopped() {
        AtomicInteger runs = new AtomicInteger();
        CoalescingTrigger trigger = new CoalescingTrigger(executor, Duration.ZERO, runs::incrementAndGet);
        executor.shutdown();
        trigger.fire();
        trigger.fire();
        assertThat(runs.get()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
