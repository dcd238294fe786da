package io.github.outlookcontacts.transport;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottleGateTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofMillis(10));

    @Test
    void anOpenGateLetsSendersThroughAtOnce() throws InterruptedException {
        ThrottleGate gate = new ThrottleGate(policy);
        long start = System.nanoTime();
        gate.awaitOpen();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(50));
    }

    @Test
    void holdsSendersUntilThePauseIsOverIncludingAnExtension() throws Exception {
        ThrottleGate gate = new ThrottleGate(policy);
        gate.closeFor(Duration.ofMillis(200));
        gate.closeFor(Duration.ofMillis(50)); // shorter: changes nothing
        AtomicLong waited = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        Thread sender = new Thread(() -> {
            long start = System.nanoTime();
            try {
                gate.awaitOpen();
            } catch (InterruptedException e) {
                return;
            }
            waited.set(System.nanoTime() - start);
            done.countDown();
        });
        sender.start();
        Thread.sleep(100);
        gate.closeFor(Duration.ofMillis(300)); // extended while the sender waits
        done.await();
        assertThat(Duration.ofNanos(waited.get())).isGreaterThanOrEqualTo(Duration.ofMillis(380));
    }

    @Test
    void anInterruptedSenderStopsWaiting() {
        ThrottleGate gate = new ThrottleGate(policy);
        gate.closeFor(Duration.ofSeconds(30));
        Thread.currentThread().interrupt();
        assertThatThrownBy(gate::awaitOpen).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isTrue();
    }
}
