package io.github.outlookcontacts.camel;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@code StateRepository<String,String>} on plain JDBC: one row per key in a shared table, each
 * {@link #setState} an atomic upsert in its own transaction, each {@link #getState} read from the database (no
 * cache), so a node that takes over a clustered route continues from what the previous node committed. Tested on
 * PostgreSQL; other databases use a portable update-then-insert. Use it as a bean: {@code stateRepository=#state}.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateRepository.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** How the upsert is written. */
    public enum Dialect {
        /** Detected from the connection's database product name. */
        AUTO,
        /** {@code INSERT ... ON CONFLICT DO UPDATE}. */
        POSTGRESQL,
        /** {@code UPDATE}, then {@code INSERT} when no row was there (retried once if another writer won). */
        GENERIC
    }

    private DataSource dataSource;
    private String tableName = "outlook_contacts_state";
    private String repositoryName = "default";
    private boolean createTable = true;
    private Dialect dialect = Dialect.AUTO;
    private Dialect resolved;

    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource, String repositoryName) {
        this.dataSource = dataSource;
        this.repositoryName = repositoryName;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database; required. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /** The table holding the state (default {@code outlook_contacts_state}); letters, digits and underscores. */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public String getRepositoryName() {
        return repositoryName;
    }

    /** Separates several repositories in one table (default {@code default}). */
    public void setRepositoryName(String repositoryName) {
        this.repositoryName = repositoryName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /** Whether the table is created at start when it does not exist (default true). */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    public Dialect getDialect() {
        return dialect;
    }

    /** How upserts are written (default detected from the database). */
    public void setDialect(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcStateRepository needs a dataSource");
        }
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("JdbcStateRepository tableName must be 1 to 63 letters, digits or"
                                               + " underscores, starting with a letter or underscore; got "
                                               + tableName);
        }
        if (repositoryName == null || repositoryName.isEmpty()) {
            throw new IllegalArgumentException("JdbcStateRepository repositoryName must not be empty");
        }
        try (Connection connection = dataSource.getConnection()) {
            resolved = dialect != Dialect.AUTO ? dialect : detect(connection.getMetaData());
            if (createTable) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS " + tableName + " ("
                                      + "repository VARCHAR(200) NOT NULL, "
                                      + "state_key VARCHAR(1000) NOT NULL, "
                                      + "state_value TEXT NOT NULL, "
                                      + "updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                                      + "PRIMARY KEY (repository, state_key))");
                }
                commitIfNeeded(connection);
            }
        }
        LOG.debug("JdbcStateRepository {} on table {} ({} upserts)", repositoryName, tableName, resolved);
    }

    @Override
    protected void doStop() {
        // the data source belongs to the caller
    }

    @Override
    public String getState(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT state_value FROM " + tableName + " WHERE repository = ? AND state_key = ?")) {
            select.setString(1, repositoryName);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure("read", key, e);
        }
    }

    @Override
    public void setState(String key, String value) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (resolved == Dialect.POSTGRESQL) {
                    upsertPostgres(connection, key, value);
                } else {
                    upsertGeneric(connection, key, value);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("write", key, e);
        }
    }

    private void upsertPostgres(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO " + tableName + " (repository, state_key, state_value, updated_at) "
                + "VALUES (?, ?, ?, CURRENT_TIMESTAMP) ON CONFLICT (repository, state_key) "
                + "DO UPDATE SET state_value = EXCLUDED.state_value, updated_at = EXCLUDED.updated_at")) {
            upsert.setString(1, repositoryName);
            upsert.setString(2, key);
            upsert.setString(3, value);
            upsert.executeUpdate();
        }
    }

    private void upsertGeneric(Connection connection, String key, String value) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            if (update(connection, key, value) > 0) {
                return;
            }
            try {
                insert(connection, key, value);
                return;
            } catch (SQLException e) {
                boolean duplicate = e.getSQLState() != null && e.getSQLState().startsWith("23");
                if (!duplicate || attempt > 0) {
                    throw e;
                }
                // Another writer inserted the row between our update and insert: update it.
                connection.rollback();
            }
        }
    }

    private int update(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + tableName + " SET state_value = ?, updated_at = CURRENT_TIMESTAMP "
                + "WHERE repository = ? AND state_key = ?")) {
            update.setString(1, value);
            update.setString(2, repositoryName);
            update.setString(3, key);
            return update.executeUpdate();
        }
    }

    private void insert(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + tableName + " (repository, state_key, state_value) VALUES (?, ?, ?)")) {
            insert.setString(1, repositoryName);
            insert.setString(2, key);
            insert.setString(3, value);
            insert.executeUpdate();
        }
    }

    private static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(metaData.getDatabaseProductName()) ? Dialect.POSTGRESQL
                : Dialect.GENERIC;
    }

    private static void commitIfNeeded(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private RuntimeCamelException failure(String what, String key, SQLException e) {
        // The key names a mailbox and folder, never a secret; the value (a delta link) is never included.
        return new RuntimeCamelException("JdbcStateRepository " + repositoryName + " could not " + what + " key " + key
                                         + " in table " + tableName + ": " + e.getMessage(), e);
    }
}
