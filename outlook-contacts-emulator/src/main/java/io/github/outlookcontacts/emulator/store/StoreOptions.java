package io.github.outlookcontacts.emulator.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the contact store: mailbox creation, delta realism, token lifetime, page sizes and the clock.
 *
 * @param deltaTokenTtl        how long a delta/skip token stays valid before it answers 410; null (default) = no
 *                             fixed lifetime, as for Outlook (forced expiry still works)
 * @param defaultDeltaPageSize delta page size without {@code Prefer: odata.maxpagesize}
 * @param maxDeltaPageSize     larger preferred delta page sizes are clamped to this
 * @param defaultListPageSize  list page size without {@code $top}
 * @param maxListPageSize      larger {@code $top} values are clamped to this
 * @param clock                time source for timestamps and token expiry
 * @param autoCreateMailboxes  lenient: a request naming an unknown user gets an empty mailbox instead of Graph's 404
 *                             {@code ErrorInvalidUser}
 * @param delta                which of Graph's delta irregularities to reproduce
 */
public record StoreOptions(Duration deltaTokenTtl, int defaultDeltaPageSize, int maxDeltaPageSize,
        int defaultListPageSize, int maxListPageSize, Clock clock, boolean autoCreateMailboxes,
        DeltaRealism delta) {

    /**
     * Delta behaviours Graph allows and clients must survive (all off by default).
     *
     * @param removedInInitialRound the first round also reports contacts removed before it as {@code @removed}
     * @param replayAcrossPages     the last item of a page is sent again at the start of the next page
     * @param deleteReason          the {@code @removed.reason} of a deleted contact: {@code "deleted"} (observed on
     *                              Outlook, default) or {@code "changed"} (the overview's "deleted but can be
     *                              restored", as a contact in Deleted Items is); a moved contact is always
     *                              {@code "changed"} in its old folder
     */
    public record DeltaRealism(boolean removedInInitialRound, boolean replayAcrossPages, String deleteReason) {

        public DeltaRealism {
            if (!"deleted".equals(deleteReason) && !"changed".equals(deleteReason)) {
                throw new IllegalArgumentException("deleteReason must be \"deleted\" or \"changed\", was "
                        + deleteReason);
            }
        }

        public static DeltaRealism none() {
            return new DeltaRealism(false, false, "deleted");
        }

        /** Every irregularity on: first-round removals, replays, and the overview's restorable-delete reason. */
        public static DeltaRealism all() {
            return new DeltaRealism(true, true, "changed");
        }
    }

    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(delta, "delta");
        if (deltaTokenTtl != null && (deltaTokenTtl.isNegative() || deltaTokenTtl.isZero())) {
            throw new IllegalArgumentException("deltaTokenTtl must be positive or null (no fixed lifetime)");
        }
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
                .maxListPageSize(maxListPageSize).clock(clock).autoCreateMailboxes(autoCreateMailboxes)
                .deltaRealism(delta);
    }

    /** Builder with the Graph-like defaults (no token lifetime, 10/200, 10/1000, system UTC clock, strict mailboxes). */
    public static final class Builder {
        private Duration deltaTokenTtl;
        private int defaultDeltaPageSize = 10;
        private int maxDeltaPageSize = 200;
        private int defaultListPageSize = 10;
        private int maxListPageSize = 1000;
        private Clock clock = Clock.systemUTC();
        private boolean autoCreateMailboxes;
        private DeltaRealism delta = DeltaRealism.none();

        /** A fixed delta-token lifetime; null (default) = none. */
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

        /** Lenient: requests for unknown users get an empty mailbox (default false: 404 like Graph). */
        public Builder autoCreateMailboxes(boolean v) {
            this.autoCreateMailboxes = v;
            return this;
        }

        public Builder deltaRealism(DeltaRealism v) {
            this.delta = v;
            return this;
        }

        public StoreOptions build() {
            return new StoreOptions(deltaTokenTtl, defaultDeltaPageSize, maxDeltaPageSize, defaultListPageSize,
                    maxListPageSize, clock, autoCreateMailboxes, delta);
        }
    }
}
