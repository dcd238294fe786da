package io.github.outlookcontacts.examples.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Boots the example app as it ships (application.yml, the starter, no tenant so the embedded emulator) on a random
 * port: the folder lands in the CSV, a change made on the server follows, and Actuator reports the app healthy.
 */
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
    }

    @Test
    void actuatorReportsHealth() {
        String health = http.getForObject("/actuator/health", String.class);
        assertThat(health).contains("\"status\":\"UP\"").contains("camel");
    }
}
