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
 * The deterministic form of what the crash and fault scenarios find: a contact routed in a page that was not
 * committed (a later exchange of the page failed), then deleted before the page is read again, must still reach the
 * route as {@code deleted} — the route has seen it.
 */
class UncommittedPageTest {

    private static final String USER = Principal.DEFAULT_USER;
    private GraphEmulator emulator;
    private ContactStore store;
    private CamelContext camel;
    private final List<SinkLine> lines = Collections.synchronizedList(new ArrayList<>());
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
    void aContactDeletedAfterItsPageFailedIsDeletedForTheRoute() throws Exception {
        String folder = store.ensureFolderPath(USER, "Clients");
        String first = store.createContact(USER, folder, "{\"givenName\":\"First\"}").id();
        String second = store.createContact(USER, folder, "{\"givenName\":\"Second\"}").id();
        refused = second; // the page [first, second] is never committed while this holds
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("outlook-contacts:sync?baseUrl=" + emulator.baseUrl() + "&accessToken=t&folder=Clients"
                     + "&pageSize=2&initialDelay=0&delay=50&exceptionHandler=#quiet")
                        .process(exchange -> {
                            SinkLine line = SinkLine.of(exchange.getIn());
                            if (line.id().equals(refused)) {
                                throw new IllegalStateException("refused on purpose");
                            }
                            lines.add(line);
                        });
            }
        });
        camel.getRegistry().bind("quiet", new CountingErrors());
        camel.start();
        await(() -> lines.stream().anyMatch(l -> l.id().equals(first)));

        store.updateContact(USER, first, "{\"jobTitle\":\"changed\"}");
        store.deleteContact(USER, first);
        refused = null;

        await(() -> lines.stream().anyMatch(l -> l.id().equals(second)));
        await(() -> lines.stream().anyMatch(l -> l.id().equals(first) && l.isDelete()));
    }

    private void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("changes the route received: %s", List.copyOf(lines)).isTrue();
    }
}
