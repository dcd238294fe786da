package io.github.outlookcontacts.emulator.throttle;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.outlookcontacts.emulator.http.ApiResponse;

/**
 * Remembers, per (app, mailbox), until when the last 429/503 told the client to wait, and notices requests arriving
 * before that; when enforcing (Dev Proxy's RetryAfterPlugin), such a request gets another 429 and the wait restarts,
 * which punishes clients that ignore Retry-After.
 */
final class RetryAfterGuard {

    private record Wait(long untilNanos, long seconds) {
    }

    private final Map<String, Wait> waits = new ConcurrentHashMap<>();
    private final LongAdder early = new LongAdder();

    /** Seconds the caller must still wait (the wait restarting when {@code enforce}), or 0 when it may go ahead. */
    long check(String key, boolean enforce) {
        Wait wait = waits.get(key);
        if (wait == null) {
            return 0;
        }
        long now = System.nanoTime();
        if (now - wait.untilNanos() >= 0) {
            waits.remove(key, wait);
            return 0;
        }
        early.increment();
        if (!enforce) {
            return 0;
        }
        waits.put(key, new Wait(now + wait.seconds() * 1_000_000_000L, wait.seconds()));
        return wait.seconds();
    }

    /** Starts a wait when {@code response} is a 429 or 503 with a positive Retry-After. */
    void observe(String key, ApiResponse response) {
        if (response.status() != 429 && response.status() != 503) {
            return;
        }
        String header = response.headers().get("Retry-After");
        long seconds;
        try {
            seconds = header == null ? 0 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (seconds > 0) {
            waits.put(key, new Wait(System.nanoTime() + seconds * 1_000_000_000L, seconds));
        }
    }

    long earlyRequests() {
        return early.sum();
    }

    void reset() {
        waits.clear();
        early.reset();
    }
}
