package io.github.outlookcontacts.examples.springboot;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.apache.camel.Body;
import org.apache.camel.Handler;
import org.apache.camel.Header;

/**
 * Appends one CSV row per change (created, updated or deleted) to a file, with a header row when the file is new.
 * Nothing is kept in memory, so the folder's size does not matter.
 */
public class CsvChangeLog {

    /** Column name to the JSON pointer of its value in the contact, as Graph sends it. */
    private static final Map<String, String> CONTACT_COLUMNS = columns("id", "/id", "displayName", "/displayName",
            "givenName", "/givenName", "surname", "/surname", "email", "/emailAddresses/0/address", "companyName",
            "/companyName", "mobilePhone", "/mobilePhone");

    static final List<String> COLUMNS = header();

    private final Path file;
    private final ObjectWriter rows;
    private final ObjectWriter header;

    public CsvChangeLog(Path file) {
        this.file = file;
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        this.rows = mapper.writer(schema.build());
        this.header = mapper.writer(schema.setUseHeader(true).build());
    }

    @Handler
    public synchronized void append(@Header(OutlookContactsConstants.CHANGE_TYPE) String changeType,
            @Header(OutlookContactsConstants.FOLDER_ID) String folderId, @Body Contact contact) throws IOException {
        boolean isNew = !Files.exists(file) || Files.size(file) == 0;
        try (Writer out = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            (isNew ? header : rows).writeValue(out, row(changeType, folderId, contact));
        }
    }

    private static Map<String, String> row(String changeType, String folderId, Contact contact) {
        JsonNode json = GraphJson.toTree(contact);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("changeType", changeType);
        row.put("folderId", folderId);
        CONTACT_COLUMNS.forEach((column, pointer) -> {
            JsonNode value = json.at(pointer);
            row.put(column, value.isValueNode() && !value.isNull() ? value.asText() : null);
        });
        return row;
    }

    private static Map<String, String> columns(String... namesAndPointers) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPointers.length; i += 2) {
            columns.put(namesAndPointers[i], namesAndPointers[i + 1]);
        }
        return columns;
    }

    private static List<String> header() {
        List<String> header = new java.util.ArrayList<>(List.of("changeType", "folderId"));
        header.addAll(CONTACT_COLUMNS.keySet());
        return List.copyOf(header);
    }
}
