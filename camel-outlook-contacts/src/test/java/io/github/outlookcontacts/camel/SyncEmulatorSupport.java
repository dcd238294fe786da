package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real emulator on loopback plus a Camel context whose route records every exchange the sync consumer delivers.
 */
abstract class SyncEmulatorSupport {

    static final String USER = Principal.DEFAULT_USER;

    /** One delivered exchange, as the route saw it. */
    record Event(String type, String id, String changeKey, String folderId, String user, String reason,
            Contact body) {
        @Override
        public String toString() {
            return type + " " + id + (changeKey == null ? "" : " " + changeKey);
        }
    }

    protected ContactStore store;
    protected GraphEmulator emulator;
    protected CamelContext camel;
    protected final List<Event> events = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Exchanges for which this answers true fail in the route (after being recorded as attempts). */
    protected volatile Predicate<Event> failing = e -> false;
    protected final List<Event> failedAttempts = java.util.Collections.synchronizedList(new ArrayList<>());

    /** The emulator each test gets; subclasses may switch on more of Graph's behaviours. */
    protected GraphEmulator.Builder emulatorBuilder() {
        return GraphEmulator.builder().port(0);
    }

    @BeforeEach
    void startEmulator() {
        emulator = emulatorBuilder().build().start();
        store = emulator.store();
        store.mailbox(USER);
    }

    @AfterEach
    void stopAll() throws Exception {
        stopCamel();
        if (emulator != null) {
            emulator.close();
        }
    }

    /** The endpoint URI for the emulator with fast polling; {@code options} are appended as given. */
    protected String syncUri(String options) {
        StringBuilder uri = new StringBuilder("outlook-contacts:sync?baseUrl=" + emulator.baseUrl()
                                              + "&accessToken=test-token");
        for (String option : List.of("initialDelay=0", "delay=50", "maxRetryDelay=1000")) {
            if (!("&" + options).contains("&" + option.substring(0, option.indexOf('=') + 1))) {
                uri.append('&').append(option);
            }
        }
        return uri + (options.isEmpty() ? "" : "&" + options);
    }

    protected void startCamel(String uri) throws Exception {
        startCamel(uri, ctx -> {
        });
    }

    protected void startCamel(String uri, java.util.function.Consumer<CamelContext> setup) throws Exception {
        camel = new DefaultCamelContext();
        setup.accept(camel);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("sync").process(recorder());
            }
        });
        camel.start();
    }

    protected void stopCamel() throws Exception {
        if (camel != null) {
            camel.stop();
            camel = null;
        }
    }

    protected Processor recorder() {
        return (Exchange exchange) -> {
            Event event = new Event(exchange.getIn().getHeader(OutlookContactsConstants.CHANGE_TYPE, String.class),
                    exchange.getIn().getHeader(OutlookContactsConstants.CONTACT_ID, String.class),
                    exchange.getIn().getHeader(OutlookContactsConstants.CHANGE_KEY, String.class),
                    exchange.getIn().getHeader(OutlookContactsConstants.FOLDER_ID, String.class),
                    exchange.getIn().getHeader(OutlookContactsConstants.USER, String.class),
                    exchange.getIn().getHeader(OutlookContactsConstants.REMOVED_REASON, String.class),
                    exchange.getIn().getBody(Contact.class));
            if (failing.test(event)) {
                failedAttempts.add(event);
                throw new IllegalStateException("route refuses " + event);
            }
            events.add(event);
        };
    }

    protected String folder(String path) {
        return store.ensureFolderPath(USER, path);
    }

    protected ContactEntry create(String folderId, String name) {
        return store.createContact(USER, folderId, "{\"givenName\":\"" + name + "\",\"surname\":\"Test\","
                                                   + "\"emailAddresses\":[{\"address\":\"" + name
                                                   + "@example.com\"}]}");
    }

    protected ContactEntry update(String contactId, String jobTitle) {
        return store.updateContact(USER, contactId, "{\"jobTitle\":\"" + jobTitle + "\"}");
    }

    protected List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Events delivered after the first {@code mark} ones. */
    protected List<Event> eventsSince(int mark) {
        List<Event> all = events();
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /** What the route believes the folder holds: events applied in order (id → changeKey). */
    protected Map<String, String> routeView(String folderId) {
        Map<String, String> view = new LinkedHashMap<>();
        for (Event e : events()) {
            if (folderId != null && !Objects.equals(folderId, e.folderId())) {
                continue;
            }
            if (e.type().equals("deleted")) {
                view.remove(e.id());
            } else {
                view.put(e.id(), e.changeKey());
            }
        }
        return view;
    }

    /** What the emulator's folder holds (id → changeKey). */
    protected Map<String, String> storeView(String folderId) {
        Map<String, String> view = new LinkedHashMap<>();
        for (ContactEntry e : store.contacts(USER, folderId)) {
            view.put(e.id(), e.changeKey());
        }
        return view;
    }

    protected void awaitRouteMatchesStore(String folderId) {
        await(() -> routeView(folderId).equals(storeView(folderId)), Duration.ofSeconds(30),
                () -> "route view " + routeView(folderId).size() + " vs store " + storeView(folderId).size()
                      + "; events " + events().size());
    }

    protected static void await(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertThat(condition.getAsBoolean()).as("timed out waiting: " + what.get()).isTrue();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits until the consumer has polled {@code polls} more times without delivering anything new. */
    protected void awaitQuiet() {
        int before = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < Duration.ofMillis(400).toNanos()) {
            int now = events().size();
            if (now != before) {
                before = now;
                stableSince = System.nanoTime();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
