package io.github.outlookcontacts.camel.dataformat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import ezvcard.Ezvcard;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.apache.camel.spi.DataFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marshal and unmarshal throughput of both formats on the emulator's generated contacts, beside their peers: Graph
 * JSON through the component's Jackson mapper, and the bare parsers (ez-vcard, Jackson CSV) without the contact
 * mapping. Not part of the normal build. Run: {@code ./mvnw -B -pl camel-outlook-contacts-dataformats -am test
 * -Dbenchmark=true -Dtest=DataFormatBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read the
 * {@code [dataformats]} lines.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DataFormatBenchmark {

    private static final int CONTACTS = 20_000;
    private static final int ROUNDS = 5;

    @Test
    void throughputBesidePeers() throws Exception {
        ContactStore store = new ContactStore();
        List<Contact> contacts = store.seed("bench@emulator.local", "Bench", CONTACTS, 42).stream()
                .map(DataFormatBenchmark::contact).toList();

        byte[] json = GraphJson.toJsonBytes(contacts);
        byte[] vcard4 = measureMarshal("vcard 4.0", new VCardDataFormat(), contacts);
        VCardDataFormat v3 = new VCardDataFormat();
        v3.setVersion("3.0");
        measureMarshal("vcard 3.0", v3, contacts);
        byte[] csv = measureMarshal("outlook-csv", new OutlookCsvDataFormat(), contacts);
        measure("peer: Graph JSON write", -1, () -> GraphJson.toJsonBytes(contacts));

        measure("vcard unmarshal", vcard4.length, () -> assertThat(SampleContacts.<Contact>unmarshal(
                new VCardDataFormat(), vcard4)).hasSize(CONTACTS));
        measure("peer: ez-vcard parse only", vcard4.length,
                () -> assertThat(Ezvcard.parse(new String(vcard4, StandardCharsets.UTF_8)).all()).hasSize(CONTACTS));
        measure("outlook-csv unmarshal", csv.length, () -> assertThat(SampleContacts.<Contact>unmarshal(
                new OutlookCsvDataFormat(), csv)).hasSize(CONTACTS));
        CsvMapper csvMapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        measure("peer: Jackson CSV rows only", csv.length, () -> {
            try (MappingIterator<String[]> rows = csvMapper.readerFor(String[].class).with(CsvSchema.emptySchema())
                    .readValues(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
                assertThat(rows.readAll()).hasSize(CONTACTS + 1);
            }
        });
        measure("peer: Graph JSON read", json.length,
                () -> assertThat(GraphJson.mapper().readValue(json, Contact[].class)).hasSize(CONTACTS));
    }

    private static Contact contact(ContactEntry entry) {
        Contact c = GraphJson.fromJson(entry.json(), Contact.class);
        c.setId(entry.id());
        return c;
    }

    private static byte[] measureMarshal(String name, DataFormat format, List<Contact> contacts) throws Exception {
        byte[][] out = new byte[1][];
        measure(name + " marshal", -1, () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            format.marshal(SampleContacts.exchange(), contacts, bytes);
            out[0] = bytes.toByteArray();
        });
        System.out.printf(Locale.ROOT, "[dataformats]   %s output: %.1f MB%n", name, out[0].length / 1e6);
        return out[0];
    }

    interface Run {
        void run() throws Exception;
    }

    /** The best of a few rounds after one warm-up, in contacts per second. */
    private static void measure(String name, long inputBytes, Run run) throws Exception {
        run.run();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        double seconds = best / 1e9;
        System.out.printf(Locale.ROOT, "[dataformats] %-28s %,8.0f contacts/s  (%d contacts in %.0f ms%s)%n", name,
                CONTACTS / seconds, CONTACTS, seconds * 1000,
                inputBytes < 0 ? "" : String.format(Locale.ROOT, ", %.1f MB read", inputBytes / 1e6));
    }
}
