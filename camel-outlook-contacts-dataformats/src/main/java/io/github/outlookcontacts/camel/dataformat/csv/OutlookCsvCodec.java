package io.github.outlookcontacts.camel.dataformat.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.outlookcontacts.camel.dataformat.support.MalformedContactsException;
import io.github.outlookcontacts.camel.dataformat.support.RecordProblems;
import io.github.outlookcontacts.model.Contact;

/**
 * Outlook CSV files to and from contacts, with Jackson's CSV module. Reading takes the columns by their header names
 * in any order and ignores columns Outlook does not write; writing produces Outlook's header and quoting (every field
 * quoted, CRLF line ends, as Outlook writes them).
 */
public final class OutlookCsvCodec {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .build();

    private static final CsvSchema WRITE_SCHEMA = CsvSchema.builder()
            .addColumns(OutlookCsvLayout.HEADER, CsvSchema.ColumnType.STRING)
            .setUseHeader(true)
            .setLineSeparator("\r\n")
            .build();

    private final OutlookCsvRows rows;

    public OutlookCsvCodec(OutlookCsvRows rows) {
        this.rows = rows;
    }

    /** Writes the header and one row per contact; the writer is flushed, not closed. */
    public void write(Iterable<Contact> contacts, Writer out) throws IOException {
        try (SequenceWriter writer = MAPPER.writer(WRITE_SCHEMA)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            int index = 0;
            for (Contact contact : contacts) {
                index++;
                try {
                    writer.write(rows.toRow(contact));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("outlook-csv marshal: contact " + index + " (id "
                                                       + contact.getId() + "): " + e.getMessage(), e);
                }
            }
        }
        out.flush();
    }

    /**
     * Reads every data row; a row with a problem is kept out and reported to {@code problems} (which fails at once
     * when strict). A file whose structure is broken (an unterminated quote) fails whole: no later row can be trusted.
     */
    public List<Contact> read(Reader in, RecordProblems problems) throws IOException {
        ObjectReader reader = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema());
        List<Contact> contacts = new ArrayList<>();
        try (MappingIterator<String[]> it = reader.readValues(in)) {
            if (!it.hasNextValue()) {
                return contacts;
            }
            String[] header = header(it.nextValue());
            int record = 0;
            while (true) {
                // The parser stands past the previous row's line end: on the line this row starts on.
                int line = it.getCurrentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                String[] values = it.nextValue();
                int row = ++record;
                if (values.length > header.length) {
                    problems.add(row, line, null, values.length + " values, but the header has " + header.length
                                                  + " columns (a quote or comma too many?)");
                }
                Contact contact = rows.toContact(byColumn(header, values),
                        (column, message) -> problems.add(row, line, column, message));
                if (problems.endRecord()) {
                    contacts.add(contact);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new MalformedContactsException("outlook-csv: the file is not valid CSV at " + where
                                                 + e.getOriginalMessage(), List.of());
        }
        return contacts;
    }

    /** The canonical column of each header cell; null for columns Outlook does not write. */
    private static String[] header(String[] cells) {
        String[] header = new String[cells.length];
        boolean known = false;
        for (int i = 0; i < cells.length; i++) {
            header[i] = OutlookCsvLayout.canonical(cells[i]);
            known |= header[i] != null;
        }
        if (!known) {
            throw new MalformedContactsException("outlook-csv: line 1 is not an Outlook CSV header: none of its "
                                                 + cells.length + " columns is one Outlook writes (such as \"First Name\","
                                                 + " \"Last Name\", \"E-mail Address\"; Outlook in another language"
                                                 + " writes translated names: rename them to English)",
                    List.of());
        }
        return header;
    }

    private static Map<String, String> byColumn(String[] header, String[] values) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length && i < values.length; i++) {
            if (header[i] != null) {
                row.putIfAbsent(header[i], values[i]);
            }
        }
        return row;
    }
}
