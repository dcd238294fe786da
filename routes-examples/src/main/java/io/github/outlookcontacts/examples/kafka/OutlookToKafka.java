package io.github.outlookcontacts.examples.kafka;

import java.time.Duration;
import java.util.concurrent.Callable;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.IdleWatch;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Outlook → Kafka: one record per change, keyed by the contact id, the contact's Graph JSON as value and a tombstone
 * (null value) for a deleted contact, so a compacted topic holds exactly the folder.
 */
@Command(name = "outlook-to-kafka", mixinStandardHelpOptions = true,
        description = "Syncs a contact folder of the embedded Graph emulator into a compacted Kafka topic.")
public final class OutlookToKafka implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", description = "a Kafka cluster to use (default: a broker started in this JVM)")
    String bootstrapServers;

    @Option(names = "--topic", defaultValue = "outlook-contacts", description = "the topic (default: ${DEFAULT-VALUE}); "
            + "created compacted if it does not exist")
    String topic;

    @Option(names = "--seed", defaultValue = "50", description = "contacts in the emulator's folder (default: ${DEFAULT-VALUE})")
    int seed;

    public static void main(String[] args) {
        PipelineMain.run(new OutlookToKafka(), args);
    }

    /** The pipeline: {@code source} selects and authenticates the folder (endpoint options). */
    public static RouteBuilder routes(String source, String bootstrapServers, String topic) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?" + source)
                        .routeId("outlook-to-kafka")
                        .setHeader(KafkaConstants.KEY, header(OutlookContactsConstants.CONTACT_ID))
                        .choice()
                            .when(header(OutlookContactsConstants.CHANGE_TYPE).isEqualTo("deleted"))
                                .setBody(constant((Object) null)) // a tombstone: compaction drops the key
                            .otherwise()
                                .convertBodyTo(String.class) // the contact's Graph JSON
                        .end()
                        // acks=all with idempotence: the exchange completes (and the cursor moves) once the record
                        // is stored, and records of one key stay in order.
                        .to("kafka:" + topic + "?brokers=" + bootstrapServers
                            + "&requestRequiredAcks=all&enableIdempotence=true");
            }
        };
    }

    @Override
    public Integer call() throws Exception {
        EmbeddedKafkaBroker broker = bootstrapServers == null ? EmbeddedKafkaBroker.start() : null;
        try {
            String servers = broker == null ? bootstrapServers : broker.bootstrapServers();
            EmbeddedKafkaBroker.createTopic(servers, topic, true);
            run(servers);
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
        return 0;
    }

    private void run(String servers) throws Exception {
        IdleWatch idle = new IdleWatch();
        try (ExampleMailbox mailbox = ExampleMailbox.start(seed); CamelContext camel = new DefaultCamelContext()) {
            idle.install(camel);
            camel.addRoutes(routes(mailbox.endpointOptions() + "&delay=200&pollStrategy=#idle", servers, topic));
            long start = IdleWatch.now();
            camel.start();
            idle.awaitIdle(start, Duration.ofMinutes(5));
            System.out.printf("First round: topic %s on %s holds %d contacts%n", topic, servers,
                    CompactedTopic.read(servers, topic).size());
            int changes = mailbox.makeChanges();
            long changed = IdleWatch.now();
            idle.awaitIdle(changed, Duration.ofMinutes(5));
            System.out.printf("After %d changes in Outlook: the compacted view of %s holds %d contacts (the folder "
                              + "has %d)%n", changes, topic, CompactedTopic.read(servers, topic).size(),
                    mailbox.contacts().size());
        }
    }
}
