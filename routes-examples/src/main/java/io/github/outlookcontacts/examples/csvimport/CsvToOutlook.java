package io.github.outlookcontacts.examples.csvimport;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * CSV → Outlook: idempotent upserts keyed by each row's external id, 500 rows per exchange and 20 per {@code $batch}
 * request; rows that cannot be imported go to an error file with their line and the reason.
 */
@Command(name = "csv-to-outlook", mixinStandardHelpOptions = true,
        description = "Imports a CSV file into a contact folder of the embedded Graph emulator, twice: the second "
                      + "run writes nothing.")
public final class CsvToOutlook implements Callable<Integer> {

    /** Rows per exchange: the producer splits them into {@code $batch} requests of 20. */
    static final int CHUNK = 500;

    @Option(names = "--csv", description = "the file to import (columns: externalId and any of givenName, surname, "
            + "displayName, email, mobilePhone, companyName, jobTitle); default: a generated sample file")
    Path csv;

    @Option(names = "--rows", defaultValue = "500", description = "rows of the generated sample (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--errors", defaultValue = "import-errors.csv", description = "the error file (default: ${DEFAULT-VALUE})")
    Path errors;

    public static void main(String[] args) {
        PipelineMain.run(new CsvToOutlook(), args);
    }

    /** The pipeline: {@code target} selects and authenticates the folder (endpoint options). */
    public static RouteBuilder routes(String target) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:csv-import")
                        .routeId("csv-to-outlook")
                        .split(body()).streaming()        // the body is a ContactCsvReader: chunks of rows
                            .process(ImportRun::toContacts) // a Collection of contacts with their external ids
                            .doTry()
                                .to("outlook-contacts:upsert?" + target)
                                .process(ImportRun::recordOutcomes)
                            .doCatch(Exception.class)
                                .process(ImportRun::rejectChunk)
                            .end()
                        .end();
            }
        };
    }

    /** Imports one file through the route; answers the counts per result. */
    public static Map<String, Integer> importFile(CamelContext camel, Path csv, Path errorFile) throws IOException {
        return importFile(camel, csv, errorFile, CHUNK);
    }

    /** {@link #importFile(CamelContext, Path, Path)} with {@code chunk} rows per exchange. */
    static Map<String, Integer> importFile(CamelContext camel, Path csv, Path errorFile, int chunk)
            throws IOException {
        try (ErrorFile errors = new ErrorFile(errorFile); ContactCsvReader rows = ContactCsvReader.open(csv, errors,
                chunk)) {
            ImportRun run = new ImportRun(errors);
            try (ProducerTemplate template = camel.createProducerTemplate()) {
                Exchange done = template.send("direct:csv-import", e -> {
                    e.getMessage().setBody(rows);
                    e.setProperty(ImportRun.PROPERTY, run);
                });
                if (done.getException() != null) {
                    throw new IllegalStateException("import of " + csv + " stopped: " + done.getException()
                            .getMessage(), done.getException());
                }
            }
            return run.results();
        }
    }

    @Override
    public Integer call() throws Exception {
        if (csv == null) {
            csv = Path.of("contacts-import-sample.csv");
            writeSample(csv, rows);
            System.out.printf("Wrote a sample of %d rows (two of them bad) to %s%n", rows, csv);
        } else if (!Files.isReadable(csv)) {
            throw new IllegalArgumentException("cannot read --csv " + csv);
        }
        try (ErrorFile checkErrors = new ErrorFile(errors); ContactCsvReader checkHeader = ContactCsvReader.open(csv,
                checkErrors, 1)) {
            // both files are usable: a wrong column or an unwritable error file fails before the emulator starts
        }
        try (ExampleMailbox mailbox = ExampleMailbox.start(0); CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(routes(mailbox.endpointOptions()));
            camel.start();
            for (String run : new String[] { "First import", "Same file again" }) {
                long start = System.nanoTime();
                mailbox.emulator().throttling().reset();
                Map<String, Integer> results = importFile(camel, csv, errors);
                System.out.printf("%s: %s in %.1f s; writes at the server: %d; errors in %s%n", run, results,
                        (System.nanoTime() - start) / 1e9, writes(mailbox), errors);
            }
        }
        return 0;
    }

    /** Contact creates, PATCHes and DELETEs the server received ({@code $batch} sub-requests included). */
    public static long writes(ExampleMailbox mailbox) {
        var counts = mailbox.emulator().throttling();
        return counts.requestCount("POST", "/contacts") + counts.requestCount("PATCH")
               + counts.requestCount("DELETE");
    }

    /** A sample import file: {@code rows} contacts, where row 3 has no external id and row 5 a broken email. */
    public static void writeSample(Path file, int rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("externalId,givenName,surname,email,companyName,jobTitle\n");
            for (int i = 1; i <= rows; i++) {
                String id = i == 3 ? "" : "CRM-" + i;
                String email = i == 5 ? "ada.at.example.com" : "person" + i + "@example.com";
                out.write(id + ",Person," + "Number " + i + "," + email + ",\"ACME, Inc.\",Engineer\n");
            }
        }
    }
}
