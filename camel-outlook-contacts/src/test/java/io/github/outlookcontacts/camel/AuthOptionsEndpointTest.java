package io.github.outlookcontacts.camel;

import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.Grant;
import io.github.outlookcontacts.graph.Mailbox;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The security options on endpoint URIs reach msal4j (client secret against the emulator's HTTPS token endpoint,
 * trusted through the {@code identitySslContext} bean), endpoints with the same credentials share one token cache,
 * and the catalog marks the secrets.
 */
class AuthOptionsEndpointTest {

    private static final String ANN = "ann@contoso.com";
    private static final String SECRET = "endpoint-Secret+with/odd=chars";

    private GraphEmulator emulator;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        emulator = GraphEmulator.builder().https(true).strictAuth(true).seedContacts(ANN, "Clients", 3).build()
                .start();
        emulator.identity().registerClient("camel-app", SECRET).registerClient("other-app", "other-secret");
        context = new DefaultCamelContext();
        context.getRegistry().bind("identityTls", emulator.sslContext());
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        emulator.close();
    }

    @Test
    void endpointsWithTheSameCredentialsShareOneTokenCache() throws Exception {
        OutlookContactsEndpoint list = endpoint("list", "camel-app", SECRET, "");
        OutlookContactsEndpoint get = endpoint("get", "camel-app", SECRET, "&maxRetries=2");
        OutlookContactsEndpoint other = endpoint("list", "other-app", "other-secret", "");
        for (OutlookContactsEndpoint e : List.of(list, get, other)) {
            e.start();
        }

        for (int i = 0; i < 10; i++) {
            assertThat(list.getClient().listFolders(Mailbox.of(ANN), null)).isNotEmpty();
            assertThat(get.getClient().listFolders(Mailbox.of(ANN), null)).isNotEmpty();
        }
        other.getClient().listFolders(Mailbox.of(ANN), null);

        // 20 requests with the same credentials (on two differently tuned clients): one token; the other app: one.
        assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(2);
        assertThat(emulator.throttling().requestCount("GET")).isEqualTo(21);
    }

    @Test
    void secretsAreMaskedInTheEndpointUriAndMarkedInTheCatalog() throws Exception {
        OutlookContactsEndpoint list = endpoint("list", "camel-app", SECRET, "&certificatePassword=RAW(pfx-pass)");
        assertThat(URISupport.sanitizeUri(list.getEndpointUri())).doesNotContain(SECRET).doesNotContain("pfx-pass");
        assertThat(list.getConfiguration().toString()).doesNotContain(SECRET);

        JsonNode properties;
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/io/github/outlookcontacts/camel/outlook-contacts.json")) {
            properties = new ObjectMapper().readTree(in).get("properties");
        }
        for (String secret : List.of("clientSecret", "certificatePassword", "accessToken")) {
            assertThat(properties.get(secret).get("secret").asBoolean()).as(secret).isTrue();
            assertThat(properties.get(secret).get("label").asText()).as(secret).contains("security");
            assertThat(properties.get(secret).has("defaultValue")).as(secret).isFalse();
            assertThat(properties.get(secret).has("example")).as(secret).isFalse();
        }
        assertThat(properties.get("identitySslContext").get("javaType").asText())
                .isEqualTo("javax.net.ssl.SSLContext");
    }

    @Test
    void aMisconfigurationStopsTheEndpointFromStartingWithAClearMessage() throws Exception {
        // The context is running, so the endpoint starts as it is resolved.
        assertThatThrownBy(() -> context.getEndpoint("outlook-contacts:list?user=" + ANN
                + "&clientId=camel-app&clientSecret=RAW(" + SECRET + ")&baseUrl=" + emulator.baseUrl()))
                .hasMessageContaining("tenantId is required for client credentials")
                .satisfies(e -> assertThat(e.toString()).doesNotContain(SECRET));
        assertThatThrownBy(() -> context.getEndpoint("outlook-contacts:list?tenantId=contoso.onmicrosoft.com"
                + "&clientId=camel-app&clientSecret=RAW(" + SECRET + ")&baseUrl=" + emulator.baseUrl()))
                .hasMessageContaining("user=me needs a delegated sign-in")
                .hasMessageContaining("client credentials with a client secret");
        assertThat(emulator.identity().tokenRequests()).isZero();
    }

    private OutlookContactsEndpoint endpoint(String operation, String clientId, String secret, String extra) {
        return context.getEndpoint("outlook-contacts:" + operation + "?user=" + ANN
                + "&tenantId=contoso.onmicrosoft.com&clientId=" + clientId + "&clientSecret=RAW(" + secret + ")"
                + "&authorityHost=" + emulator.authorityHost() + "&identitySslContext=#identityTls"
                + "&baseUrl=" + emulator.baseUrl() + extra, OutlookContactsEndpoint.class);
    }
}
