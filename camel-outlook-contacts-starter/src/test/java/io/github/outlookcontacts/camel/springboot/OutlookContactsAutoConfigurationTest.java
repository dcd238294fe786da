package io.github.outlookcontacts.camel.springboot;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.Grant;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auto-configuration against the emulator: properties, environment variables and beans reach real endpoints, which
 * talk to the emulator over loopback.
 */
class OutlookContactsAutoConfigurationTest {

    private static final String ANN = "ann@contoso.com";
    private static final String PREFIX = "camel.component.outlook-contacts.";
    private static final int CONTACTS = 25;

    private GraphEmulator emulator;

    @BeforeEach
    void startEmulator() {
        emulator = GraphEmulator.builder().seedContacts(ANN, "Clients", CONTACTS).build().start();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        OutlookContactsComponentConverter.class, OutlookContactsComponentAutoConfiguration.class))
                .withPropertyValues(PREFIX + "base-url=" + emulator.baseUrl(), PREFIX + "user=" + ANN,
                        PREFIX + "folder=Clients");
    }

    @SuppressWarnings("unchecked")
    private static List<Contact> list(org.springframework.context.ApplicationContext context) {
        ProducerTemplate template = context.getBean(CamelContext.class).createProducerTemplate();
        return template.requestBody("outlook-contacts:list", null, List.class);
    }

    /** A sync route that takes every option from the component, collecting the contact ids it is given. */
    private static RouteBuilder syncInto(Set<String> ids) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?initialDelay=0&delay=200").process(
                        e -> ids.add(e.getMessage().getHeader("CamelOutlookContactsContactId", String.class)));
            }
        };
    }

    @Test
    void isRegisteredAsAnAutoConfiguration() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(OutlookContactsComponentAutoConfiguration.class.getName(),
                        OutlookContactsComponentConverter.class.getName());
    }

    @Test
    void propertiesConfigureEveryEndpointOfTheComponent() {
        runner().withPropertyValues(PREFIX + "access-token=from-properties", PREFIX + "select=displayName,surname")
                .run(context -> {
                    List<Contact> contacts = list(context);
                    assertThat(contacts).hasSize(CONTACTS);
                    // select reached the endpoint: Graph left out what was not asked for.
                    assertThat(contacts).allSatisfy(c -> assertThat(c.getEmailAddresses()).isNullOrEmpty());
                    assertThat(contacts).allSatisfy(c -> assertThat(c.getDisplayName()).isNotBlank());
                });
    }

    @Test
    void aSyncRouteConfiguredOnlyByPropertiesDeliversTheFolder() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        runner().withPropertyValues(PREFIX + "access-token=from-properties", PREFIX + "page-size=10")
                .withBean(RouteBuilder.class, () -> syncInto(ids))
                .run(context -> await().atMost(Duration.ofSeconds(20)).until(() -> ids.size() == CONTACTS));
    }

    @Test
    void secretsComeFromEnvironmentVariablesAndPlaceholders() {
        emulator.close();
        // msal4j talks to an identity platform only over https.
        emulator = GraphEmulator.builder().https(true).strictAuth(true).seedContacts(ANN, "Clients", CONTACTS)
                .build().start();
        emulator.identity().registerClient("starter-app", "env+Secret&odd=chars");
        // Relaxed binding of an environment variable, and a placeholder resolved from another one (Spring maps
        // CAMEL_COMPONENT_OUTLOOKCONTACTS_TENANTID only in a source named like the system environment).
        Map<String, Object> env = Map.of("CAMEL_COMPONENT_OUTLOOKCONTACTS_TENANTID", "contoso.onmicrosoft.com",
                "OUTLOOK_CLIENT_SECRET", "env+Secret&odd=chars");
        runner().withInitializer(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", env)))
                .withPropertyValues(PREFIX + "client-id=starter-app", PREFIX + "client-secret=${OUTLOOK_CLIENT_SECRET}",
                        PREFIX + "authority-host=" + emulator.authorityHost(),
                        PREFIX + "identity-ssl-context=#emulatorTls")
                .withBean("emulatorTls", SSLContext.class, emulator::sslContext)
                .run(context -> {
                    // Strict mode: Graph answers only with a token the identity endpoint issued for that secret.
                    assertThat(list(context)).hasSize(CONTACTS);
                    assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(1);
                });
    }

    @Test
    void theApplicationsTokenProviderAndStateRepositoryBeansArePickedUp() {
        CountingTokenProvider tokens = new CountingTokenProvider("bean-token");
        RecordingStateRepository state = new RecordingStateRepository();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        runner().withBean(AccessTokenProvider.class, () -> tokens)
                .withBean(RecordingStateRepository.class, () -> state)
                .withBean(RouteBuilder.class, () -> syncInto(ids))
                .run(context -> {
                    await().atMost(Duration.ofSeconds(20)).until(() -> ids.size() == CONTACTS);
                    // The round's cursor is committed to the application's repository.
                    await().atMost(Duration.ofSeconds(10)).until(() -> !state.values.isEmpty());
                    assertThat(tokens.calls.get()).isPositive();
                });
    }

    @Test
    void aPropertyNamingABeanWinsOverTheOtherBeans() {
        CountingTokenProvider first = new CountingTokenProvider("first");
        CountingTokenProvider second = new CountingTokenProvider("second");
        runner().withBean("first", AccessTokenProvider.class, () -> first)
                .withBean("second", AccessTokenProvider.class, () -> second)
                .withPropertyValues(PREFIX + "token-provider=#bean:second")
                .run(context -> {
                    assertThat(list(context)).hasSize(CONTACTS);
                    assertThat(second.calls.get()).isPositive();
                    assertThat(first.calls.get()).isZero();
                });
    }

    @Test
    void aValueThatIsNotABeanReferenceFailsNamingTheProperty() {
        runner().withPropertyValues(PREFIX + "state-repository=memory").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(PREFIX + "state-repository")
                    .hasStackTraceContaining("'memory' is not a bean reference")
                    .hasStackTraceContaining("#bean:name or #name");
        });
    }

    @Test
    void canBeSwitchedOff() {
        runner().withPropertyValues(PREFIX + "enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(ComponentCustomizer.class)).doesNotContainKey(
                    "configureOutlookContactsComponent");
        });
        runner().run(context -> assertThat(context.getBeansOfType(ComponentCustomizer.class))
                .containsKey("configureOutlookContactsComponent"));
    }

    /** An application's own token source, counting how often the component asks it. */
    static final class CountingTokenProvider implements AccessTokenProvider {
        final AtomicInteger calls = new AtomicInteger();
        private final String token;

        CountingTokenProvider(String token) {
            this.token = token;
        }

        @Override
        public String getAccessToken() {
            calls.incrementAndGet();
            return token;
        }
    }

    /** An application's state repository (a database in real life). */
    static final class RecordingStateRepository extends ServiceSupport implements StateRepository<String, String> {
        final Map<String, String> values = new ConcurrentHashMap<>();

        @Override
        public void setState(String key, String value) {
            values.put(key, value);
        }

        @Override
        public String getState(String key) {
            return values.get(key);
        }
    }
}
