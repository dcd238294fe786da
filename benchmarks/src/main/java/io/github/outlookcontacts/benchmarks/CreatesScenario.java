package io.github.outlookcontacts.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.graph.core.content.BatchRequestContentCollection;
import com.microsoft.graph.models.Contact;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Scenario 4: creating contacts with the emulator adding a fixed latency to every HTTP request (the network: a
 * {@code $batch} envelope once) and, optionally, a service time to every request to the mailbox (Outlook: each
 * sub-request, inside the limit of 4 at once): the component (a collection body: {@code $batch} of 20), the SDK one by
 * one (as its docs show), and the SDK's {@code BatchRequestContentCollection} helper. The SDK one by one gets fewer
 * contacts (it is slow); rates compare. Beside them, the ceiling of a client that keeps to Outlook's 4 requests in
 * flight per mailbox: one envelope of 20 in flight at a time, {@code 20 / (latency + 5 x serviceTime)}; and, with a
 * service time, the bound no client can pass, 4 sub-requests always busy: {@code 4 / serviceTime}.
 */
final class CreatesScenario {

    static final String NAME = "creates";
    private static final int BATCH = 20;
    private static final int IN_FLIGHT = 4;

    private CreatesScenario() {
    }

    static void run(EmulatorHost emulator, int creates, int sdkOneByOne, Duration latency, Duration serviceTime,
                    Figures figures) throws Exception {
        emulator.emulator().faults().latency(latency).serviceTime(serviceTime);
        try {
            String folder = emulator.folder(EmulatorHost.USER, "Creates", 0);
            // The emulator here has no request budget; the component's (Graph's 10,000 per 10 minutes) is off too.
            component(emulator, folder, creates, figures, NAME, "requestBudget=0");
            GraphServiceClient sdk = InProcessClients.sdk(emulator.baseUrl());
            long requests = emulator.requests();
            long start = System.nanoTime();
            for (int i = 0; i < sdkOneByOne; i++) {
                sdk.me().contactFolders().byContactFolderId(folder).contacts().post(contact("Sdk" + i));
            }
            record(figures, NAME, DeltaClients.SDK + " one by one", sdkOneByOne, start, emulator.requests() - requests);

            requests = emulator.requests();
            start = System.nanoTime();
            sdkBatchHelper(sdk, folder, creates, "SdkBatch");
            record(figures, NAME, DeltaClients.SDK + " batch helper", creates, start, emulator.requests() - requests);
            ceilings(figures, latency, serviceTime);
            figures.setting("creates latency ms", latency.toMillis());
            figures.setting("creates service time ms", serviceTime.toMillis());
        } finally {
            emulator.emulator().faults().latency(Duration.ZERO).serviceTime(Duration.ZERO);
        }
    }

    /** The SDK's batch helper, as its docs show it: every create a step, one post of the collection. */
    static void sdkBatchHelper(GraphServiceClient sdk, String folder, int count, String prefix) throws Exception {
        BatchRequestContentCollection batch = new BatchRequestContentCollection(sdk);
        for (int i = 0; i < count; i++) {
            batch.addBatchRequestStep(sdk.me().contactFolders().byContactFolderId(folder).contacts()
                    .toPostRequestInformation(contact(prefix + i)));
        }
        sdk.getBatchRequestBuilder().post(batch, null);
    }

    /** The arithmetic rows: what a client that keeps to 4 in flight per mailbox can reach at most. */
    private static void ceilings(Figures figures, Duration latency, Duration serviceTime) {
        double l = latency.toNanos() / 1e9;
        double s = serviceTime.toNanos() / 1e9;
        double envelope = l + Math.ceil(BATCH / (double) IN_FLIGHT) * s;
        if (envelope > 0) {
            figures.add(NAME, "ceiling: one $batch of 20 in flight", ceiling(BATCH / envelope));
        }
        if (s > 0) {
            figures.add(NAME, "bound: 4 sub-requests always busy", ceiling(IN_FLIGHT / s));
        }
    }

    private static Map<String, Object> ceiling(double rate) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("creates", "");
        values.put("seconds", "");
        values.put("creates/s", rate);
        values.put("requests", "");
        values.put("created", "");
        return values;
    }

    /** The component creates {@code count} contacts from one collection body; records its row. */
    static void component(EmulatorHost emulator, String folder, int count, Figures figures, String scenario,
                          String options) throws Exception {
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
                                 + "&accessToken=bench&" + options, body);
            Map<String, Object> values = record(figures, scenario, DeltaClients.COMPONENT + " ($batch)", count,
                    start, emulator.requests() - requests);
            values.put("created", emulator.store().contactCount(EmulatorHost.USER, folder) - before);
        }
    }

    /** The same contact the component creates: a given name, a surname and one email address. */
    private static Contact contact(String name) {
        Contact contact = new Contact();
        contact.setGivenName(name);
        contact.setSurname("Create");
        EmailAddress email = new EmailAddress();
        email.setAddress(name.toLowerCase(Locale.ROOT) + "@example.com");
        contact.setEmailAddresses(List.of(email));
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
