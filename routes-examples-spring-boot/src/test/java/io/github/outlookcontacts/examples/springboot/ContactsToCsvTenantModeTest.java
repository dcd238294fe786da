package io.github.outlookcontacts.examples.springboot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import io.github.outlookcontacts.camel.AtomicFileStateRepository;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.Grant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app configured for a tenant, as a user would with environment variables: here the "tenant" is an HTTPS emulator
 * in strict mode, so every Graph call needs a token from the client-secret flow. No embedded emulator starts, and the
 * cursor goes to the state file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "contacts.poll-delay=200", "spring.main.banner-mode=off" })
class ContactsToCsvTenantModeTest {

    private static final String ANN = "ann@contoso.com";
    private static final GraphEmulator TENANT = GraphEmulator.builder().https(true).strictAuth(true)
            .seedContacts(ANN, "Clients", 30).build().start();

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void tenant(DynamicPropertyRegistry registry) {
        TENANT.identity().registerClient("csv-app", "tenant-secret");
        String prefix = "camel.component.outlook-contacts.";
        registry.add(prefix + "tenant-id", () -> "contoso.onmicrosoft.com");
        registry.add(prefix + "client-id", () -> "csv-app");
        registry.add(prefix + "client-secret", () -> "tenant-secret");
        registry.add(prefix + "user", () -> ANN);
        registry.add(prefix + "authority-host", TENANT::authorityHost);
        registry.add(prefix + "base-url", TENANT::baseUrl);
        registry.add(prefix + "identity-ssl-context", () -> "#tenantTls");
        registry.add("contacts.csv-file", () -> dir.resolve("changes.csv").toString());
        registry.add("contacts.state-file", () -> dir.resolve("state.json").toString());
    }

    @TestConfiguration
    static class TrustTheTestTenant {
        @Bean
        SSLContext tenantTls() {
            return TENANT.sslContext();
        }
    }

    @AfterAll
    static void stopTenant() {
        TENANT.close();
    }

    @Autowired
    ApplicationContext context;

    @Test
    void syncsTheTenantsFolderWithTheClientSecretFlowAndADurableCursor() throws Exception {
        Path csv = dir.resolve("changes.csv");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(csv) && Files.readAllLines(csv).size() == 31);
        assertThat(context.getBeansOfType(GraphEmulator.class)).isEmpty();
        assertThat(context.getBean("contactsState")).isInstanceOf(AtomicFileStateRepository.class);
        assertThat(TENANT.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.size(dir.resolve("state.json.journal"))
                                                           + (Files.exists(dir.resolve("state.json"))
                                                                   ? Files.size(dir.resolve("state.json")) : 0) > 4);
    }
}
