package io.github.outlookcontacts.examples.csvimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;

/** The rows an import could not apply, as CSV: {@code line,externalId,reason}. Thread-safe. */
public final class ErrorFile implements AutoCloseable {

    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("line").addColumn("externalId")
            .addColumn("reason").setUseHeader(true).build();

    private final BufferedWriter out;
    private final SequenceWriter rows;
    private int count;

    public ErrorFile(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file);
        this.rows = new CsvMapper().writer(SCHEMA).writeValues(out);
    }

    public synchronized void reject(long line, String externalId, String reason) {
        try {
            rows.write(Arrays.asList(String.valueOf(line), externalId == null ? "" : externalId, reason));
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized int count() {
        return count;
    }

    @Override
    public synchronized void close() throws IOException {
        rows.close();
        out.close();
    }
}
