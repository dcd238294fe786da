package io.github.outlookcontacts.examples.csvimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports against the emulator, which counts every request (each {@code $batch} sub-request included). */
class CsvToOutlookTest {

    @TempDir
    Path dir;

    @Test
    void secondImportOfTheSameFileWritesNothingAndBadRowsAreReportedWithTheirLines() throws Exception {
        Path csv = dir.resolve("in.csv");
        Path errors = dir.resolve("errors.csv");
        CsvToOutlook.writeSample(csv, 200); // rows 3 (no externalId) and 5 (broken email) are bad
        Files.writeString(csv, "CRM-nameless,,,,,\n", StandardOpenOption.APPEND); // line 202: no name, no email
        try (ExampleMailbox mailbox = ExampleMailbox.start(0); CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(CsvToOutlook.routes(mailbox.endpointOptions()));
            camel.start();

            Map<String, Integer> first = CsvToOutlook.importFile(camel, csv, errors);
            assertThat(first).containsEntry("created", 198).containsEntry("rejected", 3);
            assertThat(mailbox.contacts()).hasSize(198);
            assertThat(CsvToOutlook.writes(mailbox)).isEqualTo(198);
            List<String> errorLines = Files.readAllLines(errors);
            assertThat(errorLines.get(0)).isEqualTo("line,externalId,reason");
            assertThat(errorLines.subList(1, errorLines.size())).satisfiesExactlyInAnyOrder(
                    l -> assertThat(l).startsWith("4,,\"externalId: missing"),
                    l -> assertThat(l).startsWith("6,CRM-5,\"email: 'ada.at.example.com' is not an email address"),
                    l -> assertThat(l).startsWith("202,CRM-nameless,").contains("needs a name"));

            mailbox.emulator().throttling().reset();
            Map<String, Integer> second = CsvToOutlook.importFile(camel, csv, errors);
            assertThat(second).containsEntry("unchanged", 198).containsEntry("rejected", 3)
                    .doesNotContainKeys("created", "updated");
            assertThat(CsvToOutlook.writes(mailbox)).isZero();
            assertThat(mailbox.emulator().throttling().requestCount("POST", "/$batch")).isEqualTo(10); // lookups
            assertThat(mailbox.contacts()).hasSize(198);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void rowsGoThroughBatchInChunks() throws Exception {
        assertBatchedImport(250, 100);
    }

    /**
     * 10,000 rows: not part of the build, since the emulator answers each upsert lookup by scanning the whole folder
     * (the test takes minutes on 2 shared cores). Run it with {@code -Dbenchmark=true -Dtest=CsvToOutlookTest}.
     */
    @Test
    @EnabledIfSystemProperty(named = "benchmark", matches = "true")
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void tenThousandRowsGoThroughBatch() throws Exception {
        long start = System.nanoTime();
        assertBatchedImport(10_000, CsvToOutlook.CHUNK);
        System.out.printf("10,000 rows imported in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void assertBatchedImport(int rows, int chunk) throws Exception {
        Path csv = dir.resolve("big.csv");
        CsvToOutlook.writeSample(csv, rows);
        // 2 sub-requests per row: more than Graph's 10,000 per mailbox and 10 minutes, which would only slow it down.
        try (ExampleMailbox mailbox = ExampleMailbox.start(0, b -> b.requestBudget(100_000, Duration.ofMinutes(10)));
                CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(CsvToOutlook.routes(mailbox.endpointOptions()));
            camel.start();
            Map<String, Integer> results = CsvToOutlook.importFile(camel, csv, dir.resolve("big-errors.csv"), chunk);
            assertThat(results).containsEntry("created", rows - 2).containsEntry("rejected", 2);
            assertThat(mailbox.contacts()).hasSize(rows - 2);
            var counts = mailbox.emulator().throttling();
            assertThat(counts.requestCount("POST", "/contacts")).isEqualTo(rows - 2); // each a $batch sub-request
            // Per chunk, lookups and then creates, 20 per $batch (the first chunk has 2 bad rows fewer).
            long perChunk = 2L * ((chunk + 19) / 20);
            long last = 2L * ((rows % chunk + 19) / 20);
            assertThat(counts.requestCount("POST", "/$batch")).isEqualTo(rows / chunk * perChunk + last);
        }
    }

    @Test
    void aChunkThatFailsAsAWholePutsEveryRowInTheErrorFile() throws Exception {
        Path csv = dir.resolve("in.csv");
        Path errors = dir.resolve("errors.csv");
        CsvToOutlook.writeSample(csv, 30);
        try (ExampleMailbox mailbox = ExampleMailbox.start(0); CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(CsvToOutlook.routes("folder=NoSuchFolder&baseUrl=RAW(" + mailbox.baseUrl()
                                                + ")&accessToken=RAW(example-token)"));
            camel.start();
            assertThat(CsvToOutlook.importFile(camel, csv, errors, 10)).containsOnly(Map.entry("rejected", 30));
        }
        List<String> rejected = Files.readAllLines(errors);
        assertThat(rejected).hasSize(31);
        assertThat(rejected.subList(1, 31)).filteredOn(l -> l.contains("not imported: ")).hasSize(28)
                .allMatch(l -> l.contains("NoSuchFolder"));
    }

    @Test
    void anUnknownColumnFailsBeforeAnyRequest() throws Exception {
        Path csv = dir.resolve("typo.csv");
        Files.writeString(csv, "externalId,givenName,MobilePhone1\nCRM-1,Ada,+1 555 0100\n");
        assertThatThrownBy(() -> ContactCsvReader.open(csv, new ErrorFile(dir.resolve("e.csv")), 10))
                .hasMessageContaining("unknown column(s) [MobilePhone1]").hasMessageContaining("mobilePhone");
        assertThat(PipelineMain.execute(new CsvToOutlook(), new String[] { "--csv", csv.toString(), "--errors",
                dir.resolve("e2.csv").toString() })).isEqualTo(1);
    }
}
