package io.github.outlookcontacts.examples.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.IdleWatch;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV change log, replayed (last row per id, tombstones removing ids), equals the folder after every round. */
class OutlookToCsvTest {

    private static final Duration CAUGHT_UP = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void changeLogReplaysToTheFolderAfterCreatesUpdatesAndDeletes() throws Exception {
        Path csv = dir.resolve("contacts.csv");
        OutlookToCsv.prepare(csv);
        IdleWatch idle = new IdleWatch();
        try (ExampleMailbox mailbox = ExampleMailbox.start(30); CamelContext camel = new DefaultCamelContext()) {
            idle.install(camel);
            camel.addRoutes(OutlookToCsv.routes(mailbox.endpointOptions() + "&delay=50&pollStrategy=#idle", csv));
            long start = IdleWatch.now();
            camel.start();
            idle.awaitIdle(start, CAUGHT_UP);
            assertMirrors(csv, mailbox);

            for (int round = 0; round < 2; round++) {
                mailbox.makeChanges();
                long changed = IdleWatch.now();
                idle.awaitIdle(changed, CAUGHT_UP);
                assertMirrors(csv, mailbox);
            }
        }
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(ContactCsvRow.header().trim())
                .startsWith("change,id,changeKey,displayName,givenName");
        assertThat(lines).filteredOn(l -> l.startsWith("deleted,")).hasSize(2)
                .allSatisfy(l -> assertThat(l).matches("deleted,[^,]+,+"));
        Map<String, String> zoe = ContactCsvRow.currentContacts(csv).values().stream()
                .filter(r -> "Łukasiewicz 1".equals(r.get("surname"))).findFirst().orElseThrow();
        assertThat(zoe).containsEntry("email1", "zoe1@example.pl").containsEntry("email2", "z1@example.com")
                .containsEntry("email3", "").containsEntry("businessPhone2", "+48 22 555 021")
                .containsEntry("categories", "VIP; Poland");
    }

    @Test
    void badArgumentsAndUnwritableFilesAreOneLineErrors() {
        assertThat(PipelineMain.execute(new OutlookToCsv(), new String[] { "--seed", "many" })).isEqualTo(2);
        assertThat(PipelineMain.execute(new OutlookToCsv(),
                new String[] { "--csv", dir.resolve("missing/dir/contacts.csv").toString() })).isEqualTo(1);
    }

    @Test
    void mainRunsTheWholeExample() {
        String csv = dir.resolve("main.csv").toString();
        assertThat(PipelineMain.execute(new OutlookToCsv(), new String[] { "--seed", "10", "--csv", csv }))
                .isEqualTo(0);
    }

    private static void assertMirrors(Path csv, ExampleMailbox mailbox) throws Exception {
        Map<String, Map<String, String>> rows = ContactCsvRow.currentContacts(csv);
        Map<String, ObjectNode> folder = mailbox.contacts();
        Map<String, String> changeKeys = mailbox.changeKeys();
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(folder.keySet());
        rows.forEach((id, row) -> {
            assertThat(row.get("changeKey")).as(id).isEqualTo(changeKeys.get(id));
            assertThat(row.get("surname")).as(id).isEqualTo(folder.get(id).path("surname").asText(""));
            assertThat(row.get("jobTitle")).as(id).isEqualTo(folder.get(id).path("jobTitle").asText(""));
        });
    }
}
