package io.github.outlookcontacts.camel.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.github.outlookcontacts.sync.ChangeType;
import io.github.outlookcontacts.sync.SyncMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * A consumer's sync metrics as Micrometer meters tagged with its mailbox and folder:
 * {@code outlook.contacts.changes{type}}, {@code outlook.contacts.resyncs} and the {@code outlook.contacts.round}
 * timer. Meters are registered once and kept (a restarted route counts on).
 */
final class MicrometerSyncMetrics implements SyncMetrics {

    static final String CHANGES = "outlook.contacts.changes";
    static final String RESYNCS = "outlook.contacts.resyncs";
    static final String ROUND = "outlook.contacts.round";

    private final Map<ChangeType, Counter> committed = new EnumMap<>(ChangeType.class);
    private final Counter redelivered;
    private final Counter resyncs;
    private final Timer round;

    MicrometerSyncMetrics(MeterRegistry registry, String mailbox, String folder) {
        Tags tags = Tags.of("mailbox", mailbox, "folder", folder);
        for (ChangeType type : ChangeType.values()) {
            committed.put(type, changes(registry, tags, type.name().toLowerCase(Locale.ROOT),
                    "Changes the route confirmed and the consumer committed"));
        }
        redelivered = changes(registry, tags, "redelivered",
                "Changes handed to the route that were not confirmed, so they are delivered again");
        resyncs = Counter.builder(RESYNCS).tags(tags)
                .description("Delta links Graph expired (HTTP 410), each followed by a full round").register(registry);
        round = Timer.builder(ROUND).tags(tags)
                .description("Time from the start of a sync round until it was read and committed completely")
                .register(registry);
    }

    private static Counter changes(MeterRegistry registry, Tags tags, String type, String description) {
        return Counter.builder(CHANGES).tags(tags).tag("type", type).description(description).register(registry);
    }

    @Override
    public void committed(ChangeType type, int count) {
        committed.get(type).increment(count);
    }

    @Override
    public void redelivered(int count) {
        redelivered.increment(count);
    }

    @Override
    public void resync() {
        resyncs.increment();
    }

    @Override
    public void round(Duration elapsed) {
        round.record(elapsed);
    }
}
