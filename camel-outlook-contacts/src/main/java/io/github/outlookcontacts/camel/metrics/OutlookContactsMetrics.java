package io.github.outlookcontacts.camel.metrics;

import io.github.outlookcontacts.sync.SyncMetrics;
import io.github.outlookcontacts.transport.TransportMetrics;
import org.apache.camel.CamelContext;

/**
 * Chooses the metrics of the component: Micrometer meters when Micrometer is on the class path and a
 * {@code MeterRegistry} is in the Camel registry, else none. Micrometer is an optional dependency; this class never
 * loads its classes unless both are there.
 */
public final class OutlookContactsMetrics {

    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    private OutlookContactsMetrics() {
    }

    /** The metrics of a consumer's engine, tagged with its mailbox and folder. */
    public static SyncMetrics sync(CamelContext context, String mailbox, String folder) {
        return micrometerPresent(context) ? MicrometerMeters.sync(context, mailbox, folder) : SyncMetrics.NONE;
    }

    /** The metrics of the component's Graph transports. */
    public static TransportMetrics transport(CamelContext context) {
        return micrometerPresent(context) ? MicrometerMeters.transport(context) : TransportMetrics.NONE;
    }

    private static boolean micrometerPresent(CamelContext context) {
        return context != null && context.getClassResolver().resolveClass(METER_REGISTRY) != null;
    }
}
