package io.github.outlookcontacts.emulator.identity;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Request and issuance counts of the identity endpoints, for tests. */
final class IdentityCounters {

    final LongAdder tokenRequests = new LongAdder();
    final LongAdder failedTokenRequests = new LongAdder();
    final LongAdder deviceCodeRequests = new LongAdder();
    final LongAdder discoveryRequests = new LongAdder();
    private final Map<Grant, LongAdder> issued = new EnumMap<>(Grant.class);

    IdentityCounters() {
        for (Grant g : Grant.values()) {
            issued.put(g, new LongAdder());
        }
    }

    void issued(Grant grant) {
        issued.get(grant).increment();
    }

    long issuedCount(Grant grant) {
        return issued.get(grant).sum();
    }

    void reset() {
        tokenRequests.reset();
        failedTokenRequests.reset();
        deviceCodeRequests.reset();
        discoveryRequests.reset();
        issued.values().forEach(LongAdder::reset);
    }
}
