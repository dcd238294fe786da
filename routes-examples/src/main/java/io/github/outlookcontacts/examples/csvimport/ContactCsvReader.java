package io.github.outlookcontacts.examples.csvimport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an import CSV (header row, columns {@link #COLUMNS}) as chunks of {@link ImportRow}s, streaming: a row that
 * cannot become a contact goes to the {@link ErrorFile} with its line and the reason, and the reading goes on.
 */
public final class ContactCsvReader implements Iterator<List<ImportRow>>, AutoCloseable {

    /** The columns an import file may have; {@code externalId} is required, the others optional. */
    public static final Set<String> COLUMNS = Set.of("externalId", "givenName", "surname", "displayName", "email",
            "mobilePhone", "companyName", "jobTitle");

    /** The extended property upsert matches on by default (docs/producer.md, option externalIdProperty). */
    public static final String EXTERNAL_ID_PROPERTY
            = "String {00020329-0000-0000-C000-000000000046} Name CamelOutlookContactsExternalId";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Reader reader;
    private final MappingIterator<Map<String, String>> rows;
    private final ErrorFile errors;
    private final int chunkSize;
    private List<ImportRow> next;

    private ContactCsvReader(Reader reader, MappingIterator<Map<String, String>> rows, ErrorFile errors,
            int chunkSize) {
        this.reader = reader;
        this.rows = rows;
        this.errors = errors;
        this.chunkSize = chunkSize;
    }

    /** Opens the file and checks its header: an unknown column fails at once, naming it and the allowed ones. */
    public static ContactCsvReader open(Path file, ErrorFile errors, int chunkSize) throws IOException {
        Reader reader = Files.newBufferedReader(file);
        try {
            MappingIterator<Map<String, String>> rows = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
                    .readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader);
            CsvSchema header = (CsvSchema) rows.getParserSchema();
            List<String> unknown = new ArrayList<>();
            header.forEach(c -> {
                if (!COLUMNS.contains(c.getName())) {
                    unknown.add(c.getName());
                }
            });
            if (!unknown.isEmpty() || header.column("externalId") == null) {
                throw new IllegalArgumentException(file + ": " + (unknown.isEmpty() ? "no column externalId"
                        : "unknown column(s) " + unknown) + "; the columns are externalId (required) and any of "
                        + new TreeSet<>(COLUMNS));
            }
            return new ContactCsvReader(reader, rows, errors, chunkSize);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readChunk();
        }
        return !next.isEmpty();
    }

    @Override
    public List<ImportRow> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<ImportRow> chunk = next;
        next = null;
        return chunk;
    }

    private List<ImportRow> readChunk() {
        List<ImportRow> chunk = new ArrayList<>(chunkSize);
        while (chunk.size() < chunkSize) {
            long line = rows.getCurrentLocation().getLineNr();
            Map<String, String> row;
            try {
                if (!rows.hasNextValue()) {
                    break;
                }
                line = rows.getCurrentLocation().getLineNr();
                row = rows.nextValue();
            } catch (IOException | RuntimeJsonMappingException e) {
                throw new IllegalArgumentException("line " + line + ": not valid CSV (" + e.getMessage() + ")", e);
            }
            String problem = problem(row);
            if (problem != null) {
                errors.reject(line, row.get("externalId"), problem);
            } else {
                chunk.add(new ImportRow(line, row.get("externalId"), contact(row)));
            }
        }
        return chunk;
    }

    private static String problem(Map<String, String> row) {
        String id = row.get("externalId");
        if (id == null || id.isBlank()) {
            return "externalId: missing (every row needs the key it is upserted by)";
        }
        String email = row.get("email");
        if (email != null && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            return "email: '" + email + "' is not an email address";
        }
        return null;
    }

    private static Map<String, Object> contact(Map<String, String> row) {
        Map<String, Object> contact = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (value == null || value.isEmpty() || column.equals("externalId")) {
                return;
            }
            if (column.equals("email")) {
                contact.put("emailAddresses", List.of(Map.of("address", value)));
            } else {
                contact.put(column, value);
            }
        });
        contact.put("singleValueExtendedProperties",
                List.of(Map.of("id", EXTERNAL_ID_PROPERTY, "value", row.get("externalId"))));
        return contact;
    }

    @Override
    public void close() {
        try {
            rows.close();
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
