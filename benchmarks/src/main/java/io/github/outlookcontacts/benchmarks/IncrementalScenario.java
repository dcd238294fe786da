package io.github.outlookcontacts.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Scenario 3: after a complete first round, 100 changes (40 updates, 40 creates, 20 deletes) are made in the folder
 * and each client reads one incremental round: wall time and HTTP requests. The component's consumer runs with its
 * scheduler off and is polled exactly once, so the request count is the round's own.
 */
final class IncrementalScenario {

    static final String NAME = "incremental";

    private IncrementalScenario() {
    }

    static void run(EmulatorHost emulator, String folderId, int contacts, Figures figures) throws Exception {
        AtomicLong seen = new AtomicLong();
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?folder=" + folderId + "&pageSize=200&startScheduler=false&baseUrl="
                     + emulator.baseUrl() + "&accessToken=bench").routeId("incremental")
                        .process(exchange -> seen.incrementAndGet());
            }
        });
        camel.start();
        try {
            ScheduledPollConsumer consumer = (ScheduledPollConsumer) camel.getRoute("incremental").getConsumer();
            while (seen.get() < contacts) {
                consumer.run();
            }
            GraphServiceClient sdk = InProcessClients.sdk(emulator.baseUrl());
            String sdkLink = (String) InProcessClients.sdkRound(sdk, folderId, null)[1];
            String rawLink = InProcessClients.rawRound(emulator.baseUrl(), folderId, null).deltaLink();

            int changes = change(emulator.store(), folderId);
            long before = seen.get();
            long requests = emulator.requests();
            long start = System.nanoTime();
            consumer.run();
            record(figures, DeltaClients.COMPONENT, seen.get() - before, start, emulator.requests() - requests);

            requests = emulator.requests();
            start = System.nanoTime();
            long sdkItems = (long) InProcessClients.sdkRound(sdk, folderId, sdkLink)[0];
            record(figures, DeltaClients.SDK, sdkItems, start, emulator.requests() - requests);

            requests = emulator.requests();
            start = System.nanoTime();
            long rawItems = InProcessClients.rawRound(emulator.baseUrl(), folderId, rawLink).items();
            record(figures, DeltaClients.DOWNLOAD_ONLY, rawItems, start, emulator.requests() - requests);
            figures.setting("incremental changes", changes);
        } finally {
            camel.close();
        }
    }

    private static void record(Figures figures, String client, long items, long startNanos, long requests) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("changes read", items);
        values.put("wall ms", (System.nanoTime() - startNanos) / 1e6);
        values.put("requests", requests);
        figures.add(NAME, client, values);
    }

    /** 40 updates, 40 creates, 20 deletes; returns how many changes were made. */
    private static int change(ContactStore store, String folderId) {
        List<ContactEntry> existing = new ArrayList<>(store.contacts(EmulatorHost.USER, folderId));
        for (int i = 0; i < 40; i++) {
            store.updateContact(EmulatorHost.USER, existing.get(i * 7).id(),
                    "{\"jobTitle\":\"Changed " + i + "\"}");
        }
        for (int i = 0; i < 40; i++) {
            store.createContact(EmulatorHost.USER, folderId, "{\"givenName\":\"New" + i + "\",\"surname\":\"Bench\"}");
        }
        for (int i = 0; i < 20; i++) {
            store.deleteContact(EmulatorHost.USER, existing.get(existing.size() - 1 - i).id());
        }
        return 100;
    }
}
