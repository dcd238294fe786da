package io.github.outlookcontacts.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

    /**
     * Fails with a one-line message naming {@code option} unless the file can be written the way {@link #flush()}
     * writes it (a temporary file beside it, then a rename), so a bad path is found before the sync, not after it.
     */
    void requireWritable(String option) {
        Path parent = file.toAbsolutePath().getParent();
        String problem = null;
        if (Files.isDirectory(file)) {
            problem = "it is a directory";
        } else if (!Files.isDirectory(parent)) {
            problem = "the directory " + parent + " does not exist";
        } else {
            Path tmp = tmpFile();
            try {
                Files.deleteIfExists(tmp);
                Files.createFile(tmp);
                Files.delete(tmp);
            } catch (AccessDeniedException e) {
                problem = "permission denied in " + parent;
            } catch (FileSystemException e) {
                problem = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            } catch (IOException e) {
                problem = String.valueOf(e.getMessage());
            }
        }
        if (problem != null) {
            throw new IllegalArgumentException(option + " " + file + ": cannot write the CSV file there (" + problem
                                               + "); give a file in a writable directory");
        }
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
        Path tmp = tmpFile();
        try (Writer out = Files.newBufferedWriter(tmp)) {
            new CsvMapper().writer(schema.build()).writeValues(out).writeAll(rows.values()).close();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dirty = false;
    }

    private Path tmpFile() {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }
}
