package io.github.outlookcontacts.auth;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flow precedence and the option checks made before any network call (no server needed: nothing is called). */
class AccessTokenProvidersTest {

    private static final String GRAPH = "https://graph.microsoft.com/v1.0";
    private static final String LOGIN = "https://login.microsoftonline.com";

    @Test
    void precedenceIsTokenProviderThenAccessTokenThenCertificateThenSecretThenDeviceCode() {
        AccessTokenProvider bean = () -> "from-bean";
        assertThat(settings(bean, "fixed", "cert.pfx", "secret", "client").flow()).isEqualTo(AuthFlow.TOKEN_PROVIDER);
        assertThat(settings(null, "fixed", "cert.pfx", "secret", "client").flow()).isEqualTo(AuthFlow.ACCESS_TOKEN);
        assertThat(settings(null, null, "cert.pfx", "secret", "client").flow()).isEqualTo(AuthFlow.CLIENT_CERTIFICATE);
        assertThat(settings(null, " ", "", "secret", "client").flow()).isEqualTo(AuthFlow.CLIENT_SECRET);
        assertThat(settings(null, null, null, null, "client").flow()).isEqualTo(AuthFlow.DEVICE_CODE);
        assertThat(settings(null, null, null, null, null).flow()).isEqualTo(AuthFlow.NONE);

        assertThat(AccessTokenProviders.create(settings(bean, "fixed", null, "secret", "client"))).isSameAs(bean);
        assertThat(AccessTokenProviders.create(settings(null, "fixed", null, "secret", "client")).getAccessToken())
                .isEqualTo("fixed");
    }

    @Test
    void noCredentialsListsTheOptions() {
        assertThatThrownBy(() -> AccessTokenProviders.create(settings(null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientSecret").hasMessageContaining("certificatePath")
                .hasMessageContaining("clientId").hasMessageContaining("accessToken")
                .hasMessageContaining("tokenProvider");
    }

    @Test
    void appOnlyFlowsNeedAClientIdAndARealTenant() {
        assertThatThrownBy(() -> create("contoso.onmicrosoft.com", null, "secret", LOGIN, GRAPH, null))
                .hasMessageContaining("clientId is required for client credentials with a client secret");
        assertThatThrownBy(() -> create(null, "app", "secret", LOGIN, GRAPH, null))
                .hasMessageContaining("tenantId is required for client credentials");
        assertThatThrownBy(() -> create("organizations", "app", "secret", LOGIN, GRAPH, null))
                .hasMessageContaining("only valid for the device-code flow").hasMessageContaining("organizations");
        assertThatThrownBy(() -> create("contoso/../x", "app", "secret", LOGIN, GRAPH, null))
                .hasMessageContaining("tenantId must be a tenant id (GUID) or a domain name");
        assertThatThrownBy(() -> create("contoso.com", "app", "secret", LOGIN, GRAPH, "Contacts.Read"))
                .hasMessageContaining("scopes for client credentials must be one <resource>/.default scope");
    }

    @Test
    void authorityHostMustBeABareHttpsUrl() {
        for (String bad : new String[] {"http://login.microsoftonline.com", "https://login.microsoftonline.com/tenant",
            "login.microsoftonline.com", "https://login.microsoftonline.com?x=1", "https://user@host"}) {
            assertThatThrownBy(() -> create("contoso.com", "app", "secret", bad, GRAPH, null))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("authorityHost must be an https URL with no path");
        }
    }

    @Test
    void authorityAndGraphFromDifferentCloudsAreRefused() {
        assertThatThrownBy(() -> create("contoso.us", "app", "secret", LOGIN, "https://graph.microsoft.us/v1.0",
                null))
                .hasMessageContaining("does not issue tokens for baseUrl https://graph.microsoft.us/v1.0")
                .hasMessageContaining("use authorityHost=https://login.microsoftonline.us");
        assertThatThrownBy(() -> create("contoso.cn", "app", "secret", "https://login.microsoftonline.us",
                "https://microsoftgraph.chinacloudapi.cn/v1.0", null))
                .hasMessageContaining("China (21Vianet)");
    }

    @Test
    void matchingPairsAndUnknownHostsAreAccepted() {
        // Building a provider makes no network call: msal4j only connects on the first token request.
        assertThat(create("contoso.us", "app", "secret", "https://login.microsoftonline.us",
                "https://dod-graph.microsoft.us/v1.0", null)).isInstanceOf(ClientSecretTokenProvider.class);
        assertThat(create("contoso.cn", "app", "secret", "https://login.chinacloudapi.cn/",
                "https://microsoftgraph.chinacloudapi.cn/v1.0", null)).isNotNull();
        assertThat(create("contoso.com", "app", "secret", "https://localhost:8443", "http://127.0.0.1:8080/v1.0",
                null)).isNotNull();
    }

    @Test
    void deviceCodeDefaultsToOrganizationsAndChecksTheTenant() {
        AccessTokenProvider provider = AccessTokenProviders.create(new AuthSettings(GRAPH, LOGIN, null, "app", null,
                null, null, null, null, null, null, null));
        assertThat(provider).isInstanceOf(DeviceCodeTokenProvider.class);
        assertThat(provider.toString()).contains("tenant=organizations");
        assertThatThrownBy(() -> AccessTokenProviders.create(new AuthSettings(GRAPH, LOGIN, "a b", "app", null,
                null, null, null, null, null, null, null)))
                .hasMessageContaining("tenantId must be a tenant id, a domain, organizations, consumers or common");
    }

    @Test
    void toStringNeverShowsSecrets() {
        AuthSettings s = new AuthSettings(GRAPH, LOGIN, "contoso.com", "app", "the-client-secret", "c.pfx",
                "the-password", null, null, "the-access-token", null, null);
        assertThat(s.toString()).doesNotContain("the-client-secret").doesNotContain("the-password")
                .doesNotContain("the-access-token").contains("app");
        AccessTokenProvider provider = create("contoso.com", "app", "the-client-secret", LOGIN, GRAPH, null);
        assertThat(provider.toString()).doesNotContain("the-client-secret").contains("contoso.com");
        assertThat(new StaticTokenProvider("the-access-token").toString()).doesNotContain("the-access-token");
    }

    @Test
    void redactorMasksSecretsAndTokenShapes() {
        SecretRedactor redactor = new SecretRedactor("s3cret", null, "");
        assertThat(redactor.redact("client_secret=abc&x=1 s3cret"
                                   + " {\"refresh_token\" : \"0.AAA\"} Bearer abc.def eyJhbGciOi.eyJzdWIiOi.sig"))
                .isEqualTo("client_secret=***&x=1 *** {\"refresh_token\":\"***\"} Bearer *** ***");
    }

    private static AccessTokenProvider create(String tenant, String clientId, String secret, String authority,
            String graph, String scopes) {
        return AccessTokenProviders.create(new AuthSettings(graph, authority, tenant, clientId, secret, null, null,
                scopes, null, null, null, null));
    }

    private static AuthSettings settings(AccessTokenProvider bean, String accessToken, String certificate,
            String secret, String clientId) {
        Consumer<String> listener = null;
        return new AuthSettings(GRAPH, LOGIN, "contoso.com", clientId, secret, certificate, null, null, null,
                accessToken, bean, listener);
    }
}
