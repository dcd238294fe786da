package io.github.outlookcontacts.examples.kafka;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.IdleWatch;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Kafka 4.1 broker in this JVM: after creates, updates and deletes, the topic read back with a plain consumer
 * (latest value per key, tombstones removing keys) equals the emulator's folder.
 */
class OutlookToKafkaTest {

    private static final Duration CAUGHT_UP = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void compactedViewOfTheTopicEqualsTheFolder() throws Exception {
        String topic = "contacts-test";
        broker.createTopic(topic, true);
        IdleWatch idle = new IdleWatch();
        try (ExampleMailbox mailbox = ExampleMailbox.start(25); CamelContext camel = new DefaultCamelContext()) {
            idle.install(camel);
            camel.addRoutes(OutlookToKafka.routes(mailbox.endpointOptions() + "&delay=50&pollStrategy=#idle",
                    broker.bootstrapServers(), topic));
            long start = IdleWatch.now();
            camel.start();
            idle.awaitIdle(start, CAUGHT_UP);
            assertMirrors(topic, mailbox);

            for (int round = 0; round < 2; round++) {
                mailbox.makeChanges();
                long changed = IdleWatch.now();
                idle.awaitIdle(changed, CAUGHT_UP);
                assertMirrors(topic, mailbox);
            }
        }
    }

    @Test
    void mainUsesTheGivenBootstrapServers() {
        assertThat(PipelineMain.execute(new OutlookToKafka(), new String[] { "--seed", "5", "--topic", "main-test",
                "--bootstrap-servers", broker.bootstrapServers() })).isEqualTo(0);
        assertThat(CompactedTopic.read(broker.bootstrapServers(), "main-test")).hasSize(5 + 2 - 1);
    }

    private static void assertMirrors(String topic, ExampleMailbox mailbox) throws Exception {
        Map<String, String> view = CompactedTopic.read(broker.bootstrapServers(), topic);
        Map<String, String> changeKeys = mailbox.changeKeys();
        assertThat(view.keySet()).containsExactlyInAnyOrderElementsOf(changeKeys.keySet());
        for (Map.Entry<String, String> record : view.entrySet()) {
            JsonNode contact = JSON.readTree(record.getValue());
            assertThat(contact.path("id").asText()).isEqualTo(record.getKey());
            assertThat(contact.path("changeKey").asText()).as(record.getKey())
                    .isEqualTo(changeKeys.get(record.getKey()));
        }
    }
}
