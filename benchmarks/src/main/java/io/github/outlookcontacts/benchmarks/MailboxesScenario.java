package io.github.outlookcontacts.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.benchmarks.clients.ComponentMailboxesClient;

/** Scenario 6: many mailboxes synced by one Camel context (one route each): total contacts/s and threads used. */
final class MailboxesScenario {

    static final String NAME = "mailboxes";

    private MailboxesScenario() {
    }

    static void run(EmulatorHost emulator, int mailboxes, int perMailbox, String heap, Figures figures)
            throws Exception {
        List<String> users = new ArrayList<>();
        for (int m = 0; m < mailboxes; m++) {
            String user = "bench" + m + "@contoso.example";
            users.add(user);
            emulator.store().mailbox(user);
            emulator.store().bulkInsert(user, emulator.store().defaultFolderId(user), perMailbox,
                    new io.github.outlookcontacts.emulator.seed.ContactGenerator(m)::nextJson);
        }
        ChildRun.Result result = ChildRun.run(ComponentMailboxesClient.class, heap, 600, emulator,
                emulator.baseUrl(), String.valueOf((long) mailboxes * perMailbox), String.join(",", users));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("mailboxes", mailboxes);
        values.put("contacts", result.contacts());
        values.put("contacts/s", result.contactsPerSecond());
        values.put("cpu s", result.cpuMillis() / 1000.0);
        values.put("peak heap MB", result.peakHeapBytes() / 1e6);
        values.put("peak threads", result.threads());
        values.put("requests", result.requests());
        values.put("ok", result.ok() ? "yes" : result.failure());
        figures.add(NAME, DeltaClients.COMPONENT, values);
    }
}
