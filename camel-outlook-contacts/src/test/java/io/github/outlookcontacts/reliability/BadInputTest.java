package io.github.outlookcontacts.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed bodies, URIs and options, one row each: every one fails with an error that names the field or option,
 * nothing reaches the emulator (ids with path, query or quote characters reach it only as that one encoded id), and
 * the route takes a good message right afterwards.
 */
class BadInputTest {

    private static final String USER = Principal.DEFAULT_USER;
    /** Exceptions that mean nobody checked the input: a user must never see these. */
    private static final List<Class<? extends Throwable>> RAW = List.of(NullPointerException.class,
            ClassCastException.class, IndexOutOfBoundsException.class, UnsupportedOperationException.class,
            com.fasterxml.jackson.core.JacksonException.class, java.io.UncheckedIOException.class);

    private static GraphEmulator emulator;
    private static CamelContext camel;
    private static ProducerTemplate template;

    /** One bad input: what to send, the words its error must contain, and the only request it may cause. */
    record Row(String name, Attempt attempt, String expectedMessage, String onlyRequestTo) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Attempt {
        void run() throws Exception;
    }

    @BeforeAll
    static void start() throws Exception {
        emulator = GraphEmulator.builder().port(0).build().start();
        emulator.store().mailbox(USER);
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler()); // the failures are the point: back to the caller, unlogged
                from("direct:create").to(uri("create", ""));
                from("direct:upsert").to(uri("upsert", ""));
                from("direct:update").to(uri("update", ""));
                from("direct:setPhoto").to(uri("setPhoto", ""));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        template.requestBody("direct:create", Map.of("givenName", "Warm-up")); // resolves the default folder
    }

    @AfterAll
    static void stop() {
        camel.stop();
        emulator.close();
    }

    static Stream<Arguments> rows() {
        byte[] latin1 = "{\"givenName\":\"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        List<Map<String, String>> manyAddresses = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            manyAddresses.add(Map.of("address", "a" + i + "@example.com"));
        }
        String tenMegabytes = "x".repeat(10 * 1024 * 1024);
        return Stream.of(
                // bodies
                row("empty string body", () -> send("direct:create", "", null), "the message body is blank"),
                row("null body", () -> send("direct:create", null, null), "the body is empty"),
                row("empty JSON object", () -> send("direct:create", "{}", null), "a contact needs a name"),
                row("JSON that is not an object", () -> send("direct:create", "[1,2]", null),
                        "the JSON body must be an object (one contact), not array"),
                row("truncated JSON", () -> send("direct:create", "{\"givenName\":", null),
                        "the message body is not valid JSON at line 1, column 14"),
                row("non-UTF-8 bytes", () -> send("direct:create", latin1, null),
                        "the body is not valid UTF-8: byte 0xe9 at offset 17"),
                row("huge: 10,000 email addresses", () -> send("direct:create",
                        Map.of("givenName", "Ann", "emailAddresses", manyAddresses), null),
                        "emailAddresses: has 10000 entries; Graph allows at most 3"),
                row("huge: a 10 MB value under a misspelt name", () -> send("direct:create",
                        Map.of("givenName", "Ann", "personalNote", tenMegabytes), null),
                        "personalNote: not a Graph contact property; did you mean 'personalNotes'?"),
                row("wrong type: number for a string", () -> send("direct:create", "{\"givenName\":42}", null),
                        "givenName: must be a string, not number"),
                row("wrong type: string for a list", () -> send("direct:create",
                        "{\"givenName\":\"Ann\",\"emailAddresses\":\"ann@example.com\"}", null), "emailAddresses"),
                row("wrong type: string for an address", () -> send("direct:create",
                        "{\"givenName\":\"Ann\",\"homeAddress\":\"Paris\"}", null), "homeAddress"),
                row("wrong type: not a date", () -> send("direct:create",
                        "{\"givenName\":\"Ann\",\"birthday\":\"yesterday\"}", null),
                        "birthday: 'yesterday' is not a date and time with an offset"),
                row("unknown property name", () -> send("direct:create", "{\"givenNme\":\"Ann\"}", null),
                        "givenNme: not a Graph contact property; did you mean 'givenName'?"),
                row("unknown member of an address", () -> send("direct:create",
                        "{\"givenName\":\"Ann\",\"homeAddress\":{\"town\":\"Paris\"}}", null), "homeAddress.town"),
                row("update with an empty id", () -> send("direct:update", Map.of("jobTitle", "x"),
                        Map.of(OutlookContactsConstants.CONTACT_ID, "")), "CamelOutlookContactsContactId"),
                row("upsert without a key", () -> send("direct:upsert", Map.of("givenName", "Ann"), null),
                        "CamelOutlookContactsExternalId"),
                row("upsert Collection with the key header", () -> send("direct:upsert",
                        List.of(Map.of("givenName", "Ann")), Map.of(OutlookContactsConstants.EXTERNAL_ID, "k")),
                        "CamelOutlookContactsExternalId"),
                row("5 MB photo", () -> send("direct:setPhoto", fiveMegabytes,
                        Map.of(OutlookContactsConstants.CONTACT_ID, "some-id")),
                        "5242880 bytes; Graph accepts photos under 4 MB"),
                // ids and filter values with path, query and quote characters: one encoded id, never another URL
                new Row("id a/../b?x", () -> send(uri("get", ""), null,
                        Map.of(OutlookContactsConstants.CONTACT_ID, "a/../b?x")), "get found no contact with id 'a/../b?x'",
                        "/me/contacts/a%2F%2E%2E%2Fb%3Fx"),
                new Row("id ' or 1 eq 1", () -> send(uri("delete", ""), null,
                        Map.of(OutlookContactsConstants.CONTACT_ID, "' or 1 eq 1")),
                        "delete found no contact with id '' or 1 eq 1'",
                        "/me/contacts/%27%20or%201%20eq%201"),
                new Row("id %2F", () -> send(uri("get", ""), null,
                        Map.of(OutlookContactsConstants.CONTACT_ID, "a%2Fb")), "get found no contact with id 'a%2Fb'",
                        "/me/contacts/a%252Fb"),
                row("select with a filter injection", () -> send(uri("list", "select=givenName,' or 1 eq 1"),
                        null, null), "option select"),
                row("externalIdProperty with a filter injection", () -> send(uri("upsert",
                        "externalIdProperty=' or 1 eq 1"), Map.of("givenName", "Ann"),
                        Map.of(OutlookContactsConstants.EXTERNAL_ID, "k")), "externalIdProperty"),
                // URIs and options
                row("unknown operation", () -> send(uri("frobnicate", ""), null, null),
                        "valid operations are: sync, create, get"),
                row("unknown option", () -> send(uri("create", "frobnicate=1"), Map.of("givenName", "Ann"), null),
                        "frobnicate"),
                row("bad enum: matchOn", () -> send(uri("upsert", "matchOn=mail"), Map.of("givenName", "Ann"),
                        null), "matchOn='mail' is not valid; use externalId or email"),
                row("bad enum: initialSync", () -> startConsumer("initialSync=sometimes"),
                        "Invalid value 'sometimes' for option initialSync; allowed values: full, changesOnly"),
                row("bad enum: changeTypes", () -> startConsumer("changeTypes=created,moved"), "changeTypes"),
                row("wrong type: pageSize=abc", () -> startConsumer("pageSize=abc"), "pageSize"),
                row("out of range: pageSize=500", () -> startConsumer("pageSize=500"), "pageSize"),
                row("out of range: maxConcurrentRequests=0", () -> send(uri("create", "maxConcurrentRequests=0"),
                        Map.of("givenName", "Ann"), null), "maxConcurrentRequests"),
                row("out of range: requestBudget=-1", () -> send(uri("create", "requestBudget=-1"),
                        Map.of("givenName", "Ann"), null),
                        "Invalid value -1 for option requestBudget; allowed values: 0 (no budget) or more"),
                row("out of range: requestBudgetWindow=500", () -> send(uri("create",
                        "requestBudgetWindow=500"), Map.of("givenName", "Ann"), null),
                        "Invalid value 500 ms for option requestBudgetWindow; allowed values: 1 second or longer"),
                row("wrong type: requestBudget=lots", () -> startConsumer("requestBudget=lots"), "requestBudget"),
                row("unknown select name", () -> startConsumer("select=givenName,surnme"), "'surname'"),
                row("http to a remote host", () -> send("outlook-contacts:create?baseUrl=http://graph.example.com"
                                                        + "/v1.0&accessToken=t", Map.of("givenName", "Ann"), null),
                        "baseUrl"),
                row("sync used as a producer", () -> send(uri("sync", ""), null, null),
                        "operation sync is for the consumer"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputIsRefusedByNameBeforeGraphAndTheRouteKeepsWorking(Row row) {
        long before = emulator.throttling().totalRequests();
        long allowedBefore = row.onlyRequestTo() == null ? 0 : requestsTo(row.onlyRequestTo());

        Throwable error = failureOf(row.attempt());

        Throwable named = causeNaming(error, row.expectedMessage());
        assertThat(named).as("the error naming '%s' in %s", row.expectedMessage(), chain(error)).isNotNull();
        assertThat(RAW).as("raw exception %s", named).noneMatch(raw -> raw.isInstance(named));
        long sent = emulator.throttling().totalRequests() - before;
        if (row.onlyRequestTo() == null) {
            assertThat(sent).as("requests that reached the emulator").isZero();
        } else {
            assertThat(sent).as("requests that reached the emulator").isEqualTo(1);
            assertThat(requestsTo(row.onlyRequestTo()) - allowedBefore).as("requests to the encoded id").isOne();
        }

        long afterBad = emulator.throttling().totalRequests();
        Contact good = template.requestBody("direct:create", Map.of("givenName", "After " + row.name()),
                Contact.class);
        assertThat(good.getId()).isNotBlank();
        assertThat(emulator.throttling().totalRequests() - afterBad).isOne();
    }

    private static Row row(String name, Attempt attempt, String expectedMessage) {
        return new Row(name, attempt, expectedMessage, null);
    }

    private static String uri(String operation, String options) {
        return "outlook-contacts:" + operation + "?baseUrl=" + emulator.baseUrl() + "&accessToken=bad-input-test"
               + (options.isEmpty() ? "" : "&" + options);
    }

    private static void send(String endpoint, Object body, Map<String, Object> headers) throws Exception {
        Exchange exchange = template.request(endpoint, e -> {
            e.getMessage().setBody(body);
            if (headers != null) {
                e.getMessage().getHeaders().putAll(headers);
            }
        });
        if (exchange.getException() != null) {
            throw exchange.getException();
        }
    }

    /** Starts a sync route with {@code options} in its own context (so a refused route leaves nothing behind). */
    private static void startConsumer(String options) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri("sync", "initialDelay=0&" + options)).to("log:never?level=OFF");
                }
            });
            context.start();
            Thread.sleep(300); // had it started, its first poll would have reached the emulator by now
        }
    }

    private static long requestsTo(String pathPart) {
        return emulator.throttling().requestCount("GET", pathPart)
               + emulator.throttling().requestCount("DELETE", pathPart);
    }

    private static Throwable failureOf(Attempt attempt) {
        try {
            attempt.run();
        } catch (Throwable e) {
            return e;
        }
        throw new AssertionError("expected the input to be refused");
    }

    private static Throwable causeNaming(Throwable error, String words) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(words)) {
                return t;
            }
        }
        return null;
    }

    private static List<String> chain(Throwable error) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = error; t != null && chain.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            chain.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        return Collections.unmodifiableList(chain);
    }
}
