package io.github.outlookcontacts.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.EmailAddress;
import io.github.outlookcontacts.model.PhysicalAddress;

/**
 * Keeps contacts.csv equal to what the sync consumer reported: one row per contact, created and updated rows replaced,
 * deleted rows removed. The file is rewritten atomically, so a reader never sees half of it.
 */
final class CsvMirror {

    private static final List<String> COLUMNS = List.of("id", "folderId", "displayName", "givenName", "surname",
            "email", "mobilePhone", "companyName", "jobTitle", "city", "countryOrRegion", "changeKey");

    private final Path file;
    private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    private boolean dirty;

    CsvMirror(Path file) {
        this.file = file;
    }

    synchronized void upsert(String folderId, Contact c) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", c.getId());
        row.put("folderId", folderId);
        row.put("displayName", c.getDisplayName());
        row.put("givenName", c.getGivenName());
        row.put("surname", c.getSurname());
        List<EmailAddress> emails = c.getEmailAddresses();
        row.put("email", emails == null || emails.isEmpty() ? null : emails.get(0).getAddress());
        row.put("mobilePhone", c.getMobilePhone());
        row.put("companyName", c.getCompanyName());
        row.put("jobTitle", c.getJobTitle());
        PhysicalAddress address = c.getBusinessAddress() != null ? c.getBusinessAddress() : c.getHomeAddress();
        row.put("city", address == null ? null : address.getCity());
        row.put("countryOrRegion", address == null ? null : address.getCountryOrRegion());
        row.put("changeKey", c.getChangeKey());
        rows.put(c.getId(), row);
        dirty = true;
    }

    synchronized void delete(String id) {
        dirty |= rows.remove(id) != null;
    }

    synchronized int size() {
        return rows.size();
    }

    /** Writes the file if anything changed since the last write. */
    synchronized void flush() throws IOException {
        if (!dirty) {
            return;
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp)) {
            new CsvMapper().writer(schema.build()).writeValues(out).writeAll(rows.values()).close();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dirty = false;
    }
}
