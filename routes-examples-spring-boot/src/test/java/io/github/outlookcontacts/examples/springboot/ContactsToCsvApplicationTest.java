package io.github.outlookcontacts.examples.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Boots the example app as it ships (application.yml, the starter, no tenant so the embedded emulator) on a random
 * port: the folder lands in the CSV, a change made on the server follows, Prometheus shows the component's counters
 * with those numbers, and Actuator reports the app healthy with the consumer's details.
 */
@AutoConfigureObservability(tracing = false) // Spring Boot tests leave metrics export (Prometheus) off otherwise
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "contacts.poll-delay=200", "contacts.emulator.seed=60", "spring.main.banner-mode=off" })
class ContactsToCsvApplicationTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void files(DynamicPropertyRegistry registry) {
        registry.add("contacts.csv-file", () -> dir.resolve("changes.csv").toString());
    }

    @Autowired
    GraphEmulator emulator;

    @Autowired
    TestRestTemplate http;

    private static List<String> rows() throws IOException {
        Path csv = dir.resolve("changes.csv");
        return Files.exists(csv) ? Files.readAllLines(csv) : List.of();
    }

    @Test
    void syncsTheFolderIntoTheCsvThenFollowsChanges() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> rows().size() == 1 + 60);
        assertThat(rows().get(0)).isEqualTo(String.join(",", CsvChangeLog.COLUMNS));
        assertThat(rows().subList(1, rows().size())).allSatisfy(row -> assertThat(row).startsWith("created,"));

        ContactStore store = emulator.store();
        String clients = store.folderIdByPath(Principal.DEFAULT_USER, "Clients");
        store.createContact(Principal.DEFAULT_USER, clients, "{\"givenName\":\"Zoë\",\"surname\":\"Łukasiewicz\","
                + "\"emailAddresses\":[{\"address\":\"zoe@example.pl\"}]}");
        String first = store.contacts(Principal.DEFAULT_USER, clients).iterator().next().id();
        store.deleteContact(Principal.DEFAULT_USER, first);

        await().atMost(Duration.ofSeconds(30)).until(() -> rows().size() == 1 + 60 + 2);
        List<String> latest = rows().subList(61, 63);
        assertThat(latest).anySatisfy(row -> assertThat(row).startsWith("created,").contains("zoe@example.pl"));
        assertThat(latest).anySatisfy(row -> assertThat(row).startsWith("deleted,").contains(first));

        // Counted once committed, which follows the route's completion: wait for the counters, not just the rows.
        await().atMost(Duration.ofSeconds(10)).until(() -> changes("created") == 61 && changes("deleted") == 1);
        String metrics = http.getForObject("/actuator/prometheus", String.class);
        assertThat(changes("updated")).isZero();
        assertThat(changes("redelivered")).isZero();
        assertThat(metrics).containsPattern("outlook_contacts_requests_total\\{[^}]*status=\"200\"[^}]*} [1-9]")
                .containsPattern("outlook_contacts_round_seconds_count\\{folder=\"Clients\",mailbox=\"me\"} [1-9]")
                .contains("outlook_contacts_request_seconds_count");

        String health = http.getForObject("/actuator/health", String.class);
        assertThat(health).contains("\"consumer:contacts-to-csv\":\"UP\"")
                .contains("\"graph.status\":\"200\"")
                .contains("\"folder\":\"Clients\"").contains("last.complete.round").contains("lag.millis");
    }

    /** The value of {@code outlook.contacts.changes{type}} for the app's folder, as Prometheus shows it. */
    private double changes(String type) {
        String metrics = http.getForObject("/actuator/prometheus", String.class);
        Matcher m = Pattern.compile("outlook_contacts_changes_total\\{folder=\"Clients\",mailbox=\"me\",type=\""
                                    + type + "\"} (\\S+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void actuatorReportsHealth() {
        String health = http.getForObject("/actuator/health", String.class);
        assertThat(health).contains("\"status\":\"UP\"").contains("camel");
    }
}
