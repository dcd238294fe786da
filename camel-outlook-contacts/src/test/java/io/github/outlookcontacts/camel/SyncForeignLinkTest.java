package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.outlookcontacts.sync.SyncHealth;
import io.github.outlookcontacts.transport.LoopbackServer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static io.github.outlookcontacts.transport.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delta page whose nextLink points to another host: refused (the token never goes there) and the cursor stays.
 * A scripted loopback server plays Graph here, because the emulator never sends foreign links.
 */
class SyncForeignLinkTest {

    /** Keeps the failures logged while the foreign link is refused on purpose out of the build log. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final ExpectedErrorLogs EXPECTED_ERRORS = ExpectedErrorLogs.causedBy(io.github.outlookcontacts.graph.UntrustedLinkException.class);

    @Test
    void aNextLinkToAnotherHostIsRefusedAndTheCursorDoesNotMove() throws Exception {
        List<String> contactIds = new CopyOnWriteArrayList<>();
        MemoryStateRepository state = new MemoryStateRepository();
        state.start();
        try (LoopbackServer foreign = new LoopbackServer((i, req, out) -> respond(out, 200, "{\"value\":[]}"));
             LoopbackServer graph = new LoopbackServer((i, req, out) -> {
                 String target = req.target();
                 if (target.contains("/contacts/delta")) {
                     respond(out, 200, "{\"@odata.nextLink\":\"" + foreign.baseUrl()
                                       + "/me/contactFolders/F1/contacts/delta?$skiptoken=STOLEN\",\"value\":[{"
                                       + "\"id\":\"c1\",\"changeKey\":\"k1\",\"givenName\":\"A\"}]}");
                 } else if (target.endsWith("/me/contactFolders/F1")) {
                     respond(out, 200, "{\"id\":\"F1\",\"displayName\":\"Clients\"}");
                 } else {
                     respond(out, 200, "{\"value\":[]}");
                 }
             })) {
            CamelContext camel = new DefaultCamelContext();
            camel.getRegistry().bind("state", state);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("outlook-contacts:sync?folder=F1&initialDelay=0&delay=50&stateRepository=#state"
                         + "&accessToken=secret-token&baseUrl=" + graph.baseUrl())
                            .routeId("sync")
                            .process(e -> contactIds.add(e.getIn().getHeader(OutlookContactsConstants.CONTACT_ID,
                                    String.class)));
                }
            });
            camel.start();
            try {
                OutlookContactsConsumer consumer = (OutlookContactsConsumer) camel.getRoute("sync").getConsumer();
                SyncEmulatorSupport.await(() -> consumer.getSyncHealth().consecutiveFailures() >= 3,
                        Duration.ofSeconds(20), () -> "health " + consumer.getSyncHealth());
                SyncHealth health = consumer.getSyncHealth();
                assertThat(health.lastErrorCode()).isEqualTo("UntrustedLink");
                assertThat(health.lastError()).contains("127.0.0.1:" + foreign.baseUrl().getPort());
                assertThat(foreign.received()).as("nothing was sent to the foreign host").isEmpty();
                assertThat(state.getState("outlook-contacts/me/F1/cursor")).as("no cursor committed").isNull();
                // The page is refused as a whole, before any of its contacts reaches the route.
                assertThat(contactIds).isEmpty();
                assertThat(graph.received()).allSatisfy(r -> assertThat(r.target()).doesNotContain("STOLEN"));
            } finally {
                camel.stop();
            }
        }
    }
}
