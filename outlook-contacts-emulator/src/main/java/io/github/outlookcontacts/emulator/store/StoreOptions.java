package io.github.outlookcontacts.emulator.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the contact store: delta token lifetime, page sizes and the clock.
 *
 * @param deltaTokenTtl        how long a delta/skip token stays valid before it answers 410
 * @param defaultDeltaPageSize delta page size without {@code Prefer: odata.maxpagesize}
 * @param maxDeltaPageSize     larger preferred delta page sizes are clamped to this
 * @param defaultListPageSize  list page size without {@code $top}
 * @param maxListPageSize      larger {@code $top} values are clamped to this
 * @param clock                time source for timestamps and token expiry
 */
public record StoreOptions(Duration deltaTokenTtl, int defaultDeltaPageSize, int maxDeltaPageSize,
        int defaultListPageSize, int maxListPageSize, Clock clock) {

    public StoreOptions {
        Objects.requireNonNull(deltaTokenTtl, "deltaTokenTtl");
        Objects.requireNonNull(clock, "clock");
        if (defaultDeltaPageSize < 1 || maxDeltaPageSize < 1 || defaultListPageSize < 1 || maxListPageSize < 1) {
            throw new IllegalArgumentException("page sizes must be at least 1");
        }
    }

    public static StoreOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().deltaTokenTtl(deltaTokenTtl).defaultDeltaPageSize(defaultDeltaPageSize)
                .maxDeltaPageSize(maxDeltaPageSize).defaultListPageSize(defaultListPageSize)
                .maxListPageSize(maxListPageSize).clock(clock);
    }

    /** Builder with the Graph-like defaults (7 days, 10/200, 10/1000, system UTC clock). */
    public static final class Builder {
        private Duration deltaTokenTtl = Duration.ofDays(7);
        private int defaultDeltaPageSize = 10;
        private int maxDeltaPageSize = 200;
        private int defaultListPageSize = 10;
        private int maxListPageSize = 1000;
        private Clock clock = Clock.systemUTC();

        public Builder deltaTokenTtl(Duration v) {
            this.deltaTokenTtl = v;
            return this;
        }

        public Builder defaultDeltaPageSize(int v) {
            this.defaultDeltaPageSize = v;
            return this;
        }

        public Builder maxDeltaPageSize(int v) {
            this.maxDeltaPageSize = v;
            return this;
        }

        public Builder defaultListPageSize(int v) {
            this.defaultListPageSize = v;
            return this;
        }

        public Builder maxListPageSize(int v) {
            this.maxListPageSize = v;
            return this;
        }

        public Builder clock(Clock v) {
            this.clock = v;
            return this;
        }

        public StoreOptions build() {
            return new StoreOptions(deltaTokenTtl, defaultDeltaPageSize, maxDeltaPageSize, defaultListPageSize,
                    maxListPageSize, clock);
        }
    }
}
