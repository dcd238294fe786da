package io.github.outlookcontacts.examples.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.github.outlookcontacts.examples.crm.CrmServer;
import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.IdleWatch;
import io.github.outlookcontacts.examples.support.RedeliveryCounter;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Camel Main boots the YAML route from src/main/resources with its application.properties, against the emulator. */
class YamlSyncTest {

    private static final Duration CAUGHT_UP = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void yamlRouteFromPropertiesSyncsTheFolderIntoTheCrm() throws Exception {
        IdleWatch idle = new IdleWatch();
        Path state = dir.resolve("state.dat");
        try (CrmServer crm = CrmServer.start(0.2, 5); ExampleMailbox mailbox = ExampleMailbox.start(15)) {
            Main main = YamlSync.camelMain(YamlSync.emulatorProperties(mailbox, crm.url(), state), idle);
            RedeliveryCounter counter = new RedeliveryCounter();
            main.bind("redeliveries", counter);
            long start = IdleWatch.now();
            main.start();
            try {
                assertThat(main.getCamelContext().getRoute("outlook-to-crm-yaml")).isNotNull();
                idle.awaitIdle(start, CAUGHT_UP);
                assertSameContacts(crm, mailbox);
                mailbox.makeChanges();
                long changed = IdleWatch.now();
                idle.awaitIdle(changed, CAUGHT_UP);
                assertSameContacts(crm, mailbox);
                assertThat(crm.failures()).as("503 answers").isPositive();
                assertThat(counter.redeliveries()).as("redeliveries by the YAML error handler").isPositive();
            } finally {
                main.stop();
            }
        }
        assertThat(Files.size(state) + Files.size(Path.of(state + ".journal"))).as("the durable cursor").isPositive();
    }

    private static void assertSameContacts(CrmServer crm, ExampleMailbox mailbox) {
        Map<String, String> folder = mailbox.changeKeys();
        assertThat(crm.contacts().keySet()).containsExactlyInAnyOrderElementsOf(folder.keySet());
        crm.contacts().forEach((id, contact) -> assertThat(contact.path("changeKey").asText()).as(id)
                .isEqualTo(folder.get(id)));
    }
}
