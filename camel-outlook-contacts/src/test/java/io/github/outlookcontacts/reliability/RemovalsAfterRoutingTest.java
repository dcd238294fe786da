package io.github.outlookcontacts.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactStore;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact the route has seen and that is then removed reaches the route as {@code deleted}: after a move inside a
 * synced tree, and after the page that carried it failed (the deterministic form of what the crash and fault
 * scenarios find at random).
 */
class RemovalsAfterRoutingTest {

    private static final String USER = Principal.DEFAULT_USER;
    private GraphEmulator emulator;
    private ContactStore store;
    private CamelContext camel;
    private final List<SinkLine> lines = Collections.synchronizedList(new ArrayList<>());
    /** The contact id the route refuses (its exchange fails), or null. */
    private volatile String refused;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().port(0).build().start();
        store = emulator.store();
        store.mailbox(USER);
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        emulator.close();
    }

    @Test
    void aContactMovedDownTheTreeAndThenDeletedIsDeletedForTheRoute() throws Exception {
        assertMovedThenDeleted(true);
    }

    @Test
    void aContactMovedUpTheTreeAndThenDeletedIsDeletedForTheRoute() throws Exception {
        assertMovedThenDeleted(false);
    }

    @Test
    void aContactDeletedAfterItsPageFailedIsDeletedForTheRoute() throws Exception {
        String folder = store.ensureFolderPath(USER, "Clients");
        String first = store.createContact(USER, folder, "{\"givenName\":\"First\"}").id();
        String second = store.createContact(USER, folder, "{\"givenName\":\"Second\"}").id();
        refused = second; // the page [first, second] is never committed while this holds
        startConsumer("folder=Clients&pageSize=2");
        await(() -> lines.stream().anyMatch(l -> l.id().equals(first)));

        store.updateContact(USER, first, "{\"jobTitle\":\"changed\"}");
        store.deleteContact(USER, first);
        refused = null;

        await(() -> lines.stream().anyMatch(l -> l.id().equals(second)));
        await(() -> lines.stream().anyMatch(l -> l.id().equals(first) && l.isDelete()));
    }

    private void assertMovedThenDeleted(boolean down) throws Exception {
        String root = store.ensureFolderPath(USER, "Synced");
        String sub = store.ensureFolderPath(USER, "Synced/Sub");
        String from = down ? root : sub;
        String to = down ? sub : root;
        String id = store.createContact(USER, from, "{\"givenName\":\"Moved\"}").id();
        startConsumer("folder=Synced&includeSubfolders=true");
        await(() -> has("created", id, from));

        String movedKey = store.moveContact(USER, id, to).changeKey();
        await(() -> has("updated", id, to));
        assertThat(lines).filteredOn(l -> l.id().equals(id) && l.type().equals("updated")).last()
                .extracting(SinkLine::changeKey).isEqualTo(movedKey);

        store.deleteContact(USER, id);
        await(() -> has("deleted", id, to));
    }

    private void startConsumer(String options) throws Exception {
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("quiet", new CountingErrors());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler()); // refusals are on purpose: no log
                from("outlook-contacts:sync?baseUrl=" + emulator.baseUrl() + "&accessToken=t&initialDelay=0"
                     + "&delay=50&exceptionHandler=#quiet&" + options)
                        .process(exchange -> {
                            SinkLine line = SinkLine.of(exchange.getIn());
                            if (line.id().equals(refused)) {
                                throw new IllegalStateException("refused on purpose");
                            }
                            lines.add(line);
                        });
            }
        });
        camel.start();
    }

    private boolean has(String type, String id, String folderId) {
        synchronized (lines) {
            return lines.stream().anyMatch(l -> l.type().equals(type) && l.id().equals(id)
                                                && l.folderId().equals(folderId));
        }
    }

    private void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("changes the route received: %s", List.copyOf(lines)).isTrue();
    }
}
