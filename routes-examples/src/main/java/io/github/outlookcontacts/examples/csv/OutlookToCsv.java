package io.github.outlookcontacts.examples.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.IdleWatch;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Outlook → CSV: every change of a contact folder becomes one row appended to a CSV change log; a deleted contact is
 * a tombstone row. The last row of each id is the contact as it is now.
 */
@Command(name = "outlook-to-csv", mixinStandardHelpOptions = true,
        description = "Syncs a contact folder of the embedded Graph emulator into a CSV change log.")
public final class OutlookToCsv implements Callable<Integer> {

    @Option(names = "--csv", defaultValue = "contacts-changes.csv", description = "the CSV file (default: ${DEFAULT-VALUE})")
    Path csv;

    @Option(names = "--seed", defaultValue = "50", description = "contacts in the emulator's folder (default: ${DEFAULT-VALUE})")
    int seed;

    public static void main(String[] args) {
        PipelineMain.run(new OutlookToCsv(), args);
    }

    /** The pipeline: {@code source} selects and authenticates the folder (endpoint options). */
    public static RouteBuilder routes(String source, Path csv) {
        Path file = csv.toAbsolutePath();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?" + source)
                        .routeId("outlook-to-csv")
                        .process(ContactCsvRow::toRow)
                        // Appended and forced to disk before the exchange completes, so before the cursor moves.
                        .to("file:" + file.getParent() + "?fileName=" + file.getFileName() + "&fileExist=Append");
            }
        };
    }

    /** Writes the header row if the file is new or empty (once, before any change is appended). */
    public static void prepare(Path csv) throws IOException {
        if (!Files.exists(csv) || Files.size(csv) == 0) {
            try {
                Files.writeString(csv, ContactCsvRow.header());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write --csv " + csv + " (" + e + ")");
            }
        } else if (!Files.readAllLines(csv).get(0).equals(ContactCsvRow.header().trim())) {
            throw new IllegalArgumentException(csv + " exists and is not a change log with the columns "
                                               + ContactCsvRow.header().trim());
        }
    }

    @Override
    public Integer call() throws Exception {
        prepare(csv);
        IdleWatch idle = new IdleWatch();
        try (ExampleMailbox mailbox = ExampleMailbox.start(seed); CamelContext camel = new DefaultCamelContext()) {
            idle.install(camel);
            camel.addRoutes(routes(mailbox.endpointOptions() + "&delay=200&pollStrategy=#idle", csv));
            long start = IdleWatch.now();
            camel.start();
            idle.awaitIdle(start, Duration.ofMinutes(5));
            System.out.printf("First round: %s holds %d contacts%n", csv, ContactCsvRow.currentContacts(csv).size());
            int changes = mailbox.makeChanges();
            long changed = IdleWatch.now();
            idle.awaitIdle(changed, Duration.ofMinutes(5));
            System.out.printf("After %d changes in Outlook: %s holds %d contacts (the folder has %d)%n", changes, csv,
                    ContactCsvRow.currentContacts(csv).size(), mailbox.contacts().size());
        }
        return 0;
    }
}
