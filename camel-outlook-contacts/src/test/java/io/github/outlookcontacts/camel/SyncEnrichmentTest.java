package io.github.outlookcontacts.camel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The everyday enrichment pattern: for every synced contact the route calls Graph itself on the same mailbox (get,
 * getPhoto). It must complete even with one request permit per mailbox, because the consumer routes a page only
 * after its response was read and closed; the emulator confirms that the only delta response open while the route
 * runs is the next page's, read ahead to its end without waiting for the route.
 */
class SyncEnrichmentTest extends SyncEmulatorSupport {

    private static final String OPERATION = "CamelOutlookContactsOperation";

    @ParameterizedTest(name = "includeSubfolders={0}, maxConcurrentRequests={1}")
    @CsvSource({ "false, 1", "false, 4", "true, 1", "true, 4" })
    void aRouteThatCallsGraphForEachContactCompletes(boolean tree, int maxConcurrentRequests) throws Exception {
        String clients = folder("Clients");
        String europe = folder("Clients/Europe");
        List<ContactEntry> contacts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String target = tree && i % 2 == 1 ? europe : clients;
            ContactEntry created = create(target, "c" + i);
            contacts.add(store.setContactPhoto(USER, created.id(), ("photo of c" + i).getBytes(StandardCharsets.UTF_8),
                    "image/jpeg"));
        }
        String shared = "&maxConcurrentRequests=" + maxConcurrentRequests + "&maxRetryDelay=1000";
        String producer = "outlook-contacts:%s?baseUrl=" + emulator.baseUrl() + "&accessToken=test-token" + shared;
        Map<String, String> photos = new ConcurrentHashMap<>();
        List<String> updated = new CopyOnWriteArrayList<>();
        List<Integer> openDelta = new CopyOnWriteArrayList<>();
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(syncUri("folder=Clients&pageSize=7&includeSubfolders=" + tree + shared)).routeId("sync")
                        .setHeader(OPERATION, constant("get"))
                        .to(String.format(producer, "get"))
                        .setProperty("fetched", body())
                        .setHeader(OPERATION, constant("getPhoto"))
                        .to(String.format(producer, "getPhoto"))
                        .process(e -> {
                            openDelta.add(emulator.openResponses().delta());
                            Contact fetched = e.getProperty("fetched", Contact.class);
                            assertThat(fetched.getId()).isEqualTo(id(e));
                            photos.put(id(e), new String(e.getIn().getBody(byte[].class), StandardCharsets.UTF_8));
                            if ("updated".equals(e.getIn().getHeader(OutlookContactsConstants.CHANGE_TYPE))) {
                                updated.add(id(e) + " " + e.getIn().getHeader(OutlookContactsConstants.FOLDER_ID));
                            }
                        });
            }
        });
        NotifyBuilder firstRound = new NotifyBuilder(camel).fromRoute("sync").whenCompleted(30).create();
        camel.start();

        assertThat(firstRound.matches(30, TimeUnit.SECONDS)).as("30 enriched contacts, got " + photos.size()).isTrue();
        assertThat(photos).hasSize(30);
        for (int i = 0; i < 30; i++) {
            assertThat(photos).containsEntry(contacts.get(i).id(), "photo of c" + i);
        }
        if (tree) {
            // A move from the root into a subfolder: told apart with a batched lookup after the root's page.
            store.moveContact(USER, contacts.get(0).id(), europe);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !updated.isEmpty());
            assertThat(updated).containsExactly(contacts.get(0).id() + " " + europe);
        }
        assertThat(openDelta).as("delta responses open while the route ran: at most the page read ahead")
                .isSubsetOf(0, 1);
    }

    @Test
    void noDeltaResponseIsHeldOpenWhileTheRouteRuns() throws Exception {
        String clients = folder("Clients");
        // Pages of about 6 MB: more than loopback socket buffers hold (4 MB), so a client that routed while reading
        // would keep the response open for most of the page.
        String notes = "n".repeat(30_000);
        for (int i = 0; i < 400; i++) {
            store.createContact(USER, clients, "{\"givenName\":\"c" + i + "\",\"personalNotes\":\"" + notes + "\"}");
        }
        List<Integer> openDuringRoute = new CopyOnWriteArrayList<>();
        AtomicInteger routed = new AtomicInteger();
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(syncUri("folder=Clients&pageSize=200")).routeId("sync").process(e -> {
                    if (routed.incrementAndGet() == 200) {
                        // The last change of the first page: the second page, read ahead meanwhile, is read to its
                        // end and closed without waiting for the route to finish this one.
                        Awaitility.await().atMost(Duration.ofSeconds(30))
                                .until(() -> emulator.openResponses().delta() == 0);
                    }
                    Thread.sleep(5); // a slow route: a CRM call per contact
                    openDuringRoute.add(emulator.openResponses().delta());
                });
            }
        });
        NotifyBuilder round = new NotifyBuilder(camel).fromRoute("sync").whenCompleted(400).create();
        camel.start();
        assertThat(round.matches(60, TimeUnit.SECONDS)).isTrue();
        assertThat(openDuringRoute).hasSize(400).isSubsetOf(0, 1);
        // The first page's response was closed before its route began, the second's while the first page was
        // routed; only a page read ahead can be open while a change is routed, never the page being routed.
        assertThat(openDuringRoute.subList(200, 400)).containsOnly(0);
    }

    private static String id(Exchange e) {
        return e.getIn().getHeader(OutlookContactsConstants.CONTACT_ID, String.class);
    }
}
