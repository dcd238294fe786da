package io.github.outlookcontacts.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many bytes the sync state of one folder takes after its first round, in the file and the PostgreSQL
 * repositories, and that a fresh consumer resumes from exactly that state (nothing delivered again). CI runs 2,000
 * realistic contacts (the emulator's generator); {@code -Dstate.size.contacts=100000} measures the figure
 * docs/scaling.md quotes. The bound per contact only catches a format that grew by accident.
 */
class StateSizeTest extends SyncEmulatorSupport {

    private static final int CONTACTS = Integer.getInteger("state.size.contacts", 2_000);

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @TempDir
    Path dir;

    private final AtomicLong delivered = new AtomicLong();

    /** Counts instead of recording: 100,000 recorded contacts would only measure the test. */
    @Override
    protected Processor recorder() {
        return exchange -> delivered.incrementAndGet();
    }

    @Test
    void stateOfAFirstRoundInAFileAndInPostgres() throws Exception {
        String folderId = store.bulkGenerate(USER, "Big", CONTACTS, 4711);
        int idLength = store.contacts(USER, folderId).iterator().next().id().length();

        Path file = dir.resolve("state.dat");
        firstRoundThenNothingAgain(() -> new AtomicFileStateRepository(file));
        long fileBytes;
        try (Stream<Path> files = Files.list(dir)) {
            fileBytes = files.mapToLong(StateSizeTest::size).sum();
        }

        firstRoundThenNothingAgain(() -> new JdbcStateRepository(POSTGRES.dataSource(), "size"));
        long[] rows = postgresFigures("size");

        System.out.printf(Locale.ROOT, "[state size] %,d contacts (ids of %d characters), first round:"
                + " file repository %,d bytes on disk (%.1f per contact);"
                + " PostgreSQL %,d rows, %,d bytes of keys and values (%.1f per contact),"
                + " table with TOAST and index %,d bytes on disk (%.1f per contact)%n",
                CONTACTS, idLength, fileBytes, fileBytes / (double) CONTACTS, rows[0], rows[1],
                rows[1] / (double) CONTACTS, rows[2], rows[2] / (double) CONTACTS);
        long bound = (idLength + 40L) * CONTACTS;
        assertThat(fileBytes).isBetween((long) idLength * CONTACTS, bound);
        assertThat(rows[1]).isBetween((long) idLength * CONTACTS, bound);
    }

    /** A first round into a new repository, then a fresh consumer on a new instance of it: nothing comes again. */
    private void firstRoundThenNothingAgain(Supplier<StateRepository<String, String>> repository) throws Exception {
        String uri = syncUri("folder=Big&pageSize=200&delay=200&stateRepository=#state");
        delivered.set(0);
        startCamel(uri, ctx -> ctx.getRegistry().bind("state", repository.get()));
        await(() -> delivered.get() >= CONTACTS, Duration.ofMinutes(5),
                () -> delivered.get() + " of " + CONTACTS + " delivered");
        awaitQuietCount();
        stopCamel();
        assertThat(delivered.get()).isEqualTo(CONTACTS);

        delivered.set(0);
        startCamel(uri, ctx -> ctx.getRegistry().bind("state", repository.get()));
        Thread.sleep(1000); // several polls of the incremental round
        stopCamel();
        assertThat(delivered.get()).as("delivered again after the restart").isZero();
    }

    private void awaitQuietCount() throws InterruptedException {
        long before = -1;
        while (delivered.get() != before) {
            before = delivered.get();
            Thread.sleep(500);
        }
    }

    /** Rows, bytes of keys and values, and bytes on disk of the state table (heap, TOAST and indexes). */
    private static long[] postgresFigures(String repository) throws SQLException {
        try (Connection connection = POSTGRES.dataSource().getConnection();
             PreparedStatement rows = connection.prepareStatement("SELECT count(*),"
                     + " sum(octet_length(state_key) + octet_length(state_value)),"
                     + " pg_total_relation_size('outlook_contacts_state')"
                     + " FROM outlook_contacts_state WHERE repository = ?")) {
            rows.setString(1, repository);
            try (ResultSet result = rows.executeQuery()) {
                result.next();
                return new long[] { result.getLong(1), result.getLong(2), result.getLong(3) };
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
