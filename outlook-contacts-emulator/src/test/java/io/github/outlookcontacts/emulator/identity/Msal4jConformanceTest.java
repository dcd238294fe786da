package io.github.outlookcontacts.emulator.identity;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.WireClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token endpoint speaks what the real msal4j 1.26.0 client expects: a client-credentials token obtained by msal4j
 * over the emulator's self-signed HTTPS is accepted by the emulator's strict Graph, and a wrong secret is refused the
 * way Entra ID refuses it.
 */
class Msal4jConformanceTest {

    private static final String TENANT = "contoso.onmicrosoft.com";
    private static GraphEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = GraphEmulator.builder().https(true).strictAuth(true)
                .seedContacts("alice@contoso.com", "", 2).build().start();
        emulator.identity().registerClient("app-1", "right-secret");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static ConfidentialClientApplication app(String secret) throws Exception {
        return ConfidentialClientApplication.builder("app-1", ClientCredentialFactory.createFromSecret(secret))
                .authority(emulator.authorityHost() + "/" + TENANT + "/")
                .instanceDiscovery(false)
                .sslSocketFactory(emulator.sslContext().getSocketFactory())
                .build();
    }

    @Test
    void msal4jClientCredentialsTokenIsAcceptedByStrictGraph() throws Exception {
        IAuthenticationResult result = app("right-secret").acquireToken(ClientCredentialParameters
                .builder(Set.of("https://graph.microsoft.com/.default")).build()).get();
        assertThat(result.accessToken()).isNotBlank();
        assertThat(emulator.identity().validate(result.accessToken())).isPresent();

        HttpResponse<String> contacts = new WireClient().send(HttpRequest.newBuilder(
                URI.create(emulator.baseUrl() + "/users/alice@contoso.com/contacts"))
                .header("Authorization", "Bearer " + result.accessToken()).build());
        assertThat(contacts.statusCode()).isEqualTo(200);
        assertThat(contacts.body()).contains("\"value\"");
    }

    @Test
    void wrongSecretIsRefusedLikeEntra() {
        assertThatThrownBy(() -> app("wrong-secret").acquireToken(ClientCredentialParameters
                .builder(Set.of("https://graph.microsoft.com/.default")).build()).get())
                .hasRootCauseInstanceOf(MsalServiceException.class)
                .rootCause().hasMessageContaining("AADSTS7000215");
    }
}
