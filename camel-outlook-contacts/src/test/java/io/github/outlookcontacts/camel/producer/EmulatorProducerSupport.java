package io.github.outlookcontacts.camel.producer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real emulator on loopback and a Camel context with a producer template; each test class gets its own emulator,
 * each test its own contact folder so counts are exact.
 */
abstract class EmulatorProducerSupport {

    static final String APP_USER = "adele@emulator.local";

    static GraphEmulator emulator;
    static CamelContext context;
    static ProducerTemplate template;

    @BeforeAll
    static void startEmulatorAndCamel() throws Exception {
        // Graph answers 404 ErrorInvalidUser for a user without a mailbox: create the app-only test user's one
        emulator = GraphEmulator.builder().seed(store -> store.createMailbox(APP_USER)).build().start();
        context = new DefaultCamelContext();
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterAll
    static void stopEmulatorAndCamel() {
        if (context != null) {
            context.stop();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @BeforeEach
    void resetEmulator() {
        emulator.resetFaultsAndCounters();
    }

    /** {@code outlook-contacts:<op>?baseUrl=<emulator>&accessToken=...&<options>}. */
    static String uri(String operation, String options) {
        return "outlook-contacts:" + operation + "?baseUrl=" + emulator.baseUrl() + "&accessToken=test-token"
               + "&maxRetryDelay=2000" + (options == null || options.isEmpty() ? "" : "&" + options);
    }

    /** Sends {@code body} and returns the whole exchange (failures are thrown as the producer's exception). */
    static Exchange send(String operation, String options, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(uri(operation, options), e -> {
            e.getMessage().setBody(body);
            if (headers != null) {
                e.getMessage().setHeaders(new HashMap<>(headers));
            }
        });
        if (exchange.getException() != null) {
            throw new CamelExecutionException("producer failed", exchange, exchange.getException());
        }
        return exchange;
    }

    static Object call(String operation, String options, Object body, Map<String, Object> headers) {
        return send(operation, options, body, headers).getMessage().getBody();
    }

    static Map<String, Object> id(String contactId) {
        return Map.of(OutlookContactsConstants.CONTACT_ID, contactId);
    }

    /** Creates a fresh top-level folder for {@code user} and returns its display name (usable as folder=...). */
    static String newFolder(String user) {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        call("createFolder", "user=" + user, null, Map.of(OutlookContactsConstants.FOLDER_NAME, name));
        return name;
    }

    static ContactFolder folder(String user, String name) {
        return (ContactFolder) call("getFolder", "user=" + user + "&folder=" + name, null, null);
    }

    @SuppressWarnings("unchecked")
    static List<Contact> list(String options) {
        return (List<Contact>) call("list", options, null, null);
    }

    /** The producer's exception behind a failed send. */
    static Throwable failure(Runnable send) {
        try {
            send.run();
        } catch (CamelExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected the producer to fail");
    }
}
