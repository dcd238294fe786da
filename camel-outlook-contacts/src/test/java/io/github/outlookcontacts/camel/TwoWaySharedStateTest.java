package io.github.outlookcontacts.camel;

import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.producer.ProducerConfiguration;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ignoreOwnWrites across processes: the producer runs in one Camel context and the consumer in another, each with its
 * own JdbcStateRepository on the same PostgreSQL database (what two JVMs would share). The producer's writes are not
 * emitted, not after the consumer restarts either; a person's edit afterwards is.
 */
class TwoWaySharedStateTest extends SyncEmulatorSupport {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    private static CamelContext writer(String baseUrl) throws Exception {
        CamelContext writer = new DefaultCamelContext();
        writer.getRegistry().bind("state", new JdbcStateRepository(POSTGRES.dataSource(), "two-way"));
        writer.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:crm").to("outlook-contacts:upsert?baseUrl=" + baseUrl
                                      + "&accessToken=test-token&folder=Clients&stateRepository=#state");
            }
        });
        writer.start();
        return writer;
    }

    private static String push(ProducerTemplate crm, String crmId, String title) {
        Exchange done = crm.request("direct:crm", e -> e.getMessage().setBody(Map.of("givenName", crmId,
                "jobTitle", title, "singleValueExtendedProperties", List.of(Map.of("id",
                        ProducerConfiguration.DEFAULT_EXTERNAL_ID_PROPERTY, "value", crmId)))));
        assertThat(done.getException()).isNull();
        return done.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID, String.class);
    }

    private void startReader() throws Exception {
        startCamel(syncUri("folder=Clients&stateRepository=#state&ignoreOwnWrites=true"),
                ctx -> ctx.getRegistry().bind("state", new JdbcStateRepository(POSTGRES.dataSource(), "two-way")));
    }

    /** Longer than the hold-back of fresh changes, so every own write had its chance to come through. */
    private void awaitPastTheGrace() throws InterruptedException {
        Thread.sleep(io.github.outlookcontacts.sync.ChangeScreen.OWN_WRITE_GRACE.toMillis() + 500);
        awaitQuiet();
    }

    @Test
    void ownWritesStayQuietAcrossContextsAndRestartsWhileAUsersEditComes() throws Exception {
        folder("Clients");
        startReader();
        CamelContext writer = writer(emulator.baseUrl());
        try {
            ProducerTemplate crm = writer.createProducerTemplate();
            String ann = push(crm, "crm-ann", "CEO");
            String bo = push(crm, "crm-bo", "CTO");
            push(crm, "crm-ann", "CFO");
            awaitPastTheGrace();
            assertThat(events()).as("the producer's writes").isEmpty();

            stopCamel();
            push(crm, "crm-bo", "COO");
            push(crm, "crm-cy", "CIO");
            startReader();
            awaitPastTheGrace();
            assertThat(events()).as("after the consumer's restart").isEmpty();

            ContactEntry edited = store.updateContact(USER, ann, "{\"personalNotes\":\"called today\"}");
            await(() -> !events().isEmpty(), java.time.Duration.ofSeconds(10), () -> "the user's edit");
            awaitQuiet();
            assertThat(events()).extracting(Event::type, Event::id, Event::changeKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("updated", ann, edited.changeKey()));
            assertThat(bo).isNotEqualTo(ann);
        } finally {
            writer.stop();
        }
    }
}
