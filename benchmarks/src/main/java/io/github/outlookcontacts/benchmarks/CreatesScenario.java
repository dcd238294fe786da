package io.github.outlookcontacts.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.graph.core.content.BatchRequestContentCollection;
import com.microsoft.graph.models.Contact;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Scenario 4: creating contacts with the emulator adding a fixed latency to every request: the component (a
 * collection body: {@code $batch} of 20, up to 4 in flight), the SDK one by one (as its docs show), and the SDK's
 * {@code BatchRequestContentCollection} helper. The SDK one by one gets fewer contacts (it is slow); rates compare.
 */
final class CreatesScenario {

    static final String NAME = "creates";

    private CreatesScenario() {
    }

    static void run(EmulatorHost emulator, int creates, int sdkOneByOne, Duration latency, Figures figures)
            throws Exception {
        emulator.emulator().faults().latency(latency);
        try {
            String folder = emulator.folder(EmulatorHost.USER, "Creates", 0);
            component(emulator, folder, creates, figures, NAME);
            GraphServiceClient sdk = InProcessClients.sdk(emulator.baseUrl());
            long requests = emulator.requests();
            long start = System.nanoTime();
            for (int i = 0; i < sdkOneByOne; i++) {
                sdk.me().contactFolders().byContactFolderId(folder).contacts().post(contact("Sdk" + i));
            }
            record(figures, NAME, DeltaClients.SDK + " one by one", sdkOneByOne, start, emulator.requests() - requests);

            requests = emulator.requests();
            start = System.nanoTime();
            BatchRequestContentCollection batch = new BatchRequestContentCollection(sdk);
            for (int i = 0; i < creates; i++) {
                batch.addBatchRequestStep(sdk.me().contactFolders().byContactFolderId(folder).contacts()
                        .toPostRequestInformation(contact("SdkBatch" + i)));
            }
            sdk.getBatchRequestBuilder().post(batch, null);
            record(figures, NAME, DeltaClients.SDK + " batch helper", creates, start, emulator.requests() - requests);
            figures.setting("creates latency ms", latency.toMillis());
        } finally {
            emulator.emulator().faults().latency(Duration.ZERO);
        }
    }

    /** The component creates {@code count} contacts from one collection body; records its row. */
    static void component(EmulatorHost emulator, String folder, int count, Figures figures, String scenario)
            throws Exception {
        List<Map<String, Object>> body = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            body.add(Map.of("givenName", "Bench" + i, "surname", "Create",
                    "emailAddresses", List.of(Map.of("address", "bench" + i + "@example.com"))));
        }
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            ProducerTemplate producer = camel.createProducerTemplate();
            long requests = emulator.requests();
            long start = System.nanoTime();
            int before = emulator.store().contactCount(EmulatorHost.USER, folder);
            producer.requestBody("outlook-contacts:create?folder=" + folder + "&baseUrl=" + emulator.baseUrl()
                                 + "&accessToken=bench", body);
            Map<String, Object> values = record(figures, scenario, DeltaClients.COMPONENT + " ($batch)", count,
                    start, emulator.requests() - requests);
            values.put("created", emulator.store().contactCount(EmulatorHost.USER, folder) - before);
        }
    }

    private static Contact contact(String name) {
        Contact contact = new Contact();
        contact.setGivenName(name);
        contact.setSurname("Create");
        return contact;
    }

    static Map<String, Object> record(Figures figures, String scenario, String client, int count, long startNanos,
            long requests) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("creates", count);
        values.put("seconds", seconds);
        values.put("creates/s", count / seconds);
        values.put("requests", requests);
        figures.add(scenario, client, values);
        return values;
    }
}
