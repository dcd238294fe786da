package io.github.outlookcontacts.camel.metrics;

import java.util.Set;

import io.github.outlookcontacts.sync.SyncMetrics;
import io.github.outlookcontacts.transport.TransportMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;

/**
 * Finds the {@link MeterRegistry} in the Camel registry: the one camel-micrometer uses ({@code metricsRegistry}),
 * else the only one, else the composite among several (Spring Boot's, when it has more than one backend).
 */
final class MicrometerMeters {

    /** camel-micrometer's registry name. */
    static final String METRICS_REGISTRY = "metricsRegistry";

    private MicrometerMeters() {
    }

    static SyncMetrics sync(CamelContext context, String mailbox, String folder) {
        MeterRegistry registry = find(context);
        return registry == null ? SyncMetrics.NONE : new MicrometerSyncMetrics(registry, mailbox, folder);
    }

    static TransportMetrics transport(CamelContext context) {
        MeterRegistry registry = find(context);
        return registry == null ? TransportMetrics.NONE : new MicrometerTransportMetrics(registry);
    }

    static MeterRegistry find(CamelContext context) {
        MeterRegistry named = context.getRegistry().lookupByNameAndType(METRICS_REGISTRY, MeterRegistry.class);
        if (named != null) {
            return named;
        }
        Set<MeterRegistry> all = context.getRegistry().findByType(MeterRegistry.class);
        if (all.size() <= 1) {
            return all.stream().findFirst().orElse(null);
        }
        return all.stream().filter(CompositeMeterRegistry.class::isInstance).findFirst()
                .orElse(all.iterator().next());
    }
}
