package io.github.outlookcontacts.examples.crm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.IdleWatch;
import io.github.outlookcontacts.examples.support.RedeliveryCounter;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real HTTP CRM on loopback that answers 30% of the calls 503: after creates, updates and deletes, the CRM holds
 * exactly the folder, and every contact's accepted changes come in the order they were made in Outlook.
 */
class OutlookToCrmTest {

    private static final Duration CAUGHT_UP = Duration.ofSeconds(60);
    private static final String DELETED = "deleted";

    @Test
    void crmEqualsTheFolderAndKeepsEachContactsOrderDespite503s() throws Exception {
        IdleWatch idle = new IdleWatch();
        Map<String, List<String>> history = new HashMap<>(); // per contact: its versions in Outlook, in order
        try (CrmServer crm = CrmServer.start(0.3, 11); ExampleMailbox mailbox = ExampleMailbox.start(20);
                CamelContext camel = new DefaultCamelContext()) {
            idle.install(camel);
            RedeliveryCounter counter = new RedeliveryCounter();
            camel.getManagementStrategy().addEventNotifier(counter);
            camel.addRoutes(OutlookToCrm.routes(mailbox.endpointOptions() + "&delay=20&pollStrategy=#idle",
                    crm.url()));
            record(history, mailbox);
            long start = IdleWatch.now();
            camel.start();
            idle.awaitIdle(start, CAUGHT_UP);
            assertSameContacts(crm, mailbox);

            for (int round = 0; round < 3; round++) {
                mailbox.makeChanges();
                long changed = IdleWatch.now();
                record(history, mailbox);
                idle.awaitIdle(changed, CAUGHT_UP);
                assertSameContacts(crm, mailbox);
            }

            assertThat(crm.failures()).as("503 answers").isGreaterThan(5);
            assertThat(counter.redeliveries()).as("redeliveries by the error handler").isGreaterThan(5);
            crm.accepted().forEach((id, changes) -> {
                List<String> versions = history.get(id);
                int last = -1;
                for (CrmServer.Accepted change : changes) {
                    int at = versions.indexOf(change.changeKey() == null ? DELETED : change.changeKey());
                    assertThat(at).as("%s: %s after %s in %s", id, change, last, versions).isGreaterThanOrEqualTo(last);
                    last = at;
                }
            });
            assertThat(history.values()).as("contacts changed more than once").filteredOn(v -> v.size() >= 3)
                    .isNotEmpty();
        }
    }

    private static void record(Map<String, List<String>> history, ExampleMailbox mailbox) {
        Map<String, String> now = mailbox.changeKeys();
        now.forEach((id, key) -> {
            List<String> versions = history.computeIfAbsent(id, k -> new ArrayList<>());
            if (versions.isEmpty() || !versions.get(versions.size() - 1).equals(key)) {
                versions.add(key);
            }
        });
        history.forEach((id, versions) -> {
            if (!now.containsKey(id) && !versions.get(versions.size() - 1).equals(DELETED)) {
                versions.add(DELETED);
            }
        });
    }

    private static void assertSameContacts(CrmServer crm, ExampleMailbox mailbox) {
        Map<String, String> folder = mailbox.changeKeys();
        assertThat(crm.contacts().keySet()).containsExactlyInAnyOrderElementsOf(folder.keySet());
        crm.contacts().forEach((id, contact) -> assertThat(contact.path("changeKey").asText()).as(id)
                .isEqualTo(folder.get(id)));
    }
}
