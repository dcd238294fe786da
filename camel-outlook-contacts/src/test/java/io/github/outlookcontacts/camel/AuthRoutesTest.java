package io.github.outlookcontacts.camel;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.Grant;
import io.github.outlookcontacts.emulator.identity.IdentityService;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each authentication flow in real routes (Java and YAML DSL) against the emulator in strict mode: Graph accepts only
 * tokens its identity endpoint issued, so every request proves the flow worked; counts at the emulator prove tokens
 * are reused, and a sync round survives a token revoked in the middle of it.
 */
class AuthRoutesTest {

    private static final String ANN = "ann@contoso.com";
    private static final String TENANT = "contoso.onmicrosoft.com";
    private static final String SECRET = "route+Secret&with=odd/chars";
    private static final String PFX_PASSWORD = "route-pfx-password";
    private static final int CONTACTS = 12;

    @TempDir
    Path dir;

    private GraphEmulator emulator;
    private IdentityService identity;
    private CamelContext context;
    private final List<String> signInMessages = new CopyOnWriteArrayList<>();
    private Path pfx;

    @BeforeEach
    void start() throws Exception {
        emulator = GraphEmulator.builder().https(true).strictAuth(true).seedContacts(ANN, "Clients", CONTACTS)
                .build().start();
        identity = emulator.identity();
        io.github.outlookcontacts.auth.TestPkcs12 cert = io.github.outlookcontacts.auth.TestPkcs12.generate("cert-app");
        pfx = cert.write(dir.resolve("cert-app.pfx"), PFX_PASSWORD);
        identity.registerClient("secret-app", SECRET).registerCertificateClient("cert-app", cert.certificate())
                .registerPublicClient("public-app").autoApproveDeviceCodes(ANN);
        context = new DefaultCamelContext();
        context.getRegistry().bind("identityTls", emulator.sslContext());
        context.getRegistry().bind("signIn", (Consumer<String>) signInMessages::add);
        Properties properties = new Properties();
        properties.setProperty("contacts.secret", SECRET);
        properties.setProperty("contacts.authority", emulator.authorityHost());
        properties.setProperty("contacts.graph", emulator.baseUrl());
        context.getPropertiesComponent().setInitialProperties(properties);
    }

    @AfterEach
    void stop() {
        context.stop();
        emulator.close();
    }

    @Test
    void javaDslRoutesWithEachFlowReuseTheirTokens() throws Exception {
        String common = "&folder=Clients&authorityHost={{contacts.authority}}&baseUrl={{contacts.graph}}"
                        + "&identitySslContext=#identityTls";
        String cache = dir.resolve("device-cache.json").toString();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:secret").to("outlook-contacts:list?user=" + ANN + "&tenantId=" + TENANT
                        + "&clientId=secret-app&clientSecret=RAW({{contacts.secret}})" + common);
                from("direct:certificate").to("outlook-contacts:list?user=" + ANN + "&tenantId=" + TENANT
                        + "&clientId=cert-app&certificatePath=" + pfx + "&certificatePassword=RAW(" + PFX_PASSWORD
                        + ")" + common);
                // Delegated: user=me is the person who signed in with the device code.
                from("direct:me").to("outlook-contacts:list?clientId=public-app&tokenCachePath=" + cache
                        + "&deviceCodeListener=#signIn" + common);
            }
        });
        context.start();

        for (int i = 0; i < 5; i++) {
            for (String route : List.of("direct:secret", "direct:certificate", "direct:me")) {
                assertThat(context.createProducerTemplate().requestBody(route, null, List.class)).as(route)
                        .hasSize(CONTACTS);
            }
        }

        assertThat(identity.tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(2);
        assertThat(identity.tokensIssued(Grant.DEVICE_CODE)).isEqualTo(1);
        assertThat(identity.tokenRequests()).isEqualTo(3);
        assertThat(signInMessages).singleElement().asString().contains("enter the code");
        assertThat(emulator.throttling().requestCount("GET")).isGreaterThanOrEqualTo(15);
    }

    @Test
    void yamlRouteWithAClientSecretFromAPropertyPlaceholder() throws Exception {
        String yaml = """
                - route:
                    id: yaml-secret
                    from:
                      uri: direct:yaml
                      steps:
                        - to:
                            uri: outlook-contacts:list
                            parameters:
                              user: %s
                              folder: Clients
                              tenantId: %s
                              clientId: secret-app
                              clientSecret: "{{contacts.secret}}"
                              authorityHost: "{{contacts.authority}}"
                              baseUrl: "{{contacts.graph}}"
                              identitySslContext: "#identityTls"
                """.formatted(ANN, TENANT);
        context.start();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("auth.yaml", yaml));

        assertThat(context.createProducerTemplate().requestBody("direct:yaml", null, List.class)).hasSize(CONTACTS);
        assertThat(context.createProducerTemplate().requestBody("direct:yaml", null, List.class)).hasSize(CONTACTS);
        assertThat(identity.tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(1);
    }

    @Test
    void syncRoundSurvivesATokenRevokedInTheMiddle() throws Exception {
        Set<String> delivered = ConcurrentHashMap.newKeySet();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?user=" + ANN + "&folder=Clients&pageSize=4&initialDelay=0&delay=100"
                        + "&tenantId=" + TENANT + "&clientId=secret-app&clientSecret=RAW({{contacts.secret}})"
                        + "&authorityHost={{contacts.authority}}&baseUrl={{contacts.graph}}"
                        + "&identitySslContext=#identityTls")
                        .process(e -> {
                            if (delivered.isEmpty()) {
                                // The admin revokes the app's tokens while the round is being delivered.
                                identity.revokeAll();
                            }
                            String id = e.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID, String.class);
                            if (!delivered.add(id)) {
                                duplicates.add(id);
                            }
                        });
            }
        });
        context.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((delivered.size() < CONTACTS || identity.tokensIssued(Grant.CLIENT_CREDENTIALS) < 2)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300); // a few more polls: nothing new may arrive

        assertThat(delivered).hasSize(CONTACTS);
        assertThat(duplicates).isEmpty();
        assertThat(identity.tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(2);
        assertThat(identity.tokenRequests()).isEqualTo(2);
    }
}
