package io.github.outlookcontacts.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
 * A contact moved between two synced folders of a tree arrives as {@code updated} in its new folder, and a delete
 * there afterwards as {@code deleted}: the simple form of what the churn scenarios do at random.
 */
class MovesInsideATreeTest {

    private static final String USER = Principal.DEFAULT_USER;
    private GraphEmulator emulator;
    private ContactStore store;
    private CamelContext camel;
    private final List<SinkLine> lines = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
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
        assertMovedThenDeleted("Synced", "Synced/Sub");
    }

    @Test
    void aContactMovedUpTheTreeAndThenDeletedIsDeletedForTheRoute() throws Exception {
        assertMovedThenDeleted("Synced/Sub", "Synced");
    }

    private void assertMovedThenDeleted(String fromPath, String toPath) throws Exception {
        String root = store.ensureFolderPath(USER, "Synced");
        String sub = store.ensureFolderPath(USER, "Synced/Sub");
        String from = fromPath.equals("Synced") ? root : sub;
        String to = toPath.equals("Synced") ? root : sub;
        String id = store.createContact(USER, from, "{\"givenName\":\"Moved\"}").id();
        startConsumer();
        awaitLine("created " + id + " " + from);

        String movedKey = store.moveContact(USER, id, to).changeKey();
        awaitLine("updated " + id + " " + to);
        assertThat(lines).filteredOn(l -> l.id().equals(id) && l.type().equals("updated")).last()
                .extracting(SinkLine::changeKey).isEqualTo(movedKey);

        store.deleteContact(USER, id);
        awaitLine("deleted " + id + " " + to);
    }

    private void startConsumer() throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?baseUrl=" + emulator.baseUrl() + "&accessToken=t&folder=Synced"
                     + "&includeSubfolders=true&initialDelay=0&delay=50")
                        .process(exchange -> lines.add(SinkLine.of(exchange.getIn())));
            }
        });
        camel.start();
    }

    private void awaitLine(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (lines) {
                if (lines.stream().anyMatch(l -> (l.type() + " " + l.id() + " " + l.folderId()).equals(expected))) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        assertThat(List.copyOf(lines)).extracting(l -> l.type() + " " + l.id() + " " + l.folderId())
                .as("changes the route received").contains(expected);
    }
}
