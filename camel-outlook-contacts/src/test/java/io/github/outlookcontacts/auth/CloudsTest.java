package io.github.outlookcontacts.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The national-cloud table and the default scopes derived from baseUrl. */
class CloudsTest {

    @Test
    void appOnlyScopeIsTheGraphRootDotDefault() {
        assertThat(Clouds.defaultAppOnlyScopes("https://graph.microsoft.com/v1.0"))
                .containsExactly("https://graph.microsoft.com/.default");
        assertThat(Clouds.defaultAppOnlyScopes("https://dod-graph.microsoft.us/v1.0"))
                .containsExactly("https://dod-graph.microsoft.us/.default");
        assertThat(Clouds.defaultAppOnlyScopes("https://microsoftgraph.chinacloudapi.cn/v1.0/"))
                .containsExactly("https://microsoftgraph.chinacloudapi.cn/.default");
        assertThat(Clouds.defaultAppOnlyScopes("http://127.0.0.1:8080/v1.0"))
                .containsExactly("http://127.0.0.1:8080/.default");
    }

    @Test
    void delegatedScopeIsQualifiedOutsideTheGlobalCloud() {
        assertThat(Clouds.defaultDelegatedScopes("https://graph.microsoft.com/v1.0"))
                .containsExactly("Contacts.ReadWrite");
        assertThat(Clouds.defaultDelegatedScopes("https://graph.microsoft.us/v1.0"))
                .containsExactly("https://graph.microsoft.us/Contacts.ReadWrite");
        assertThat(Clouds.defaultDelegatedScopes("http://127.0.0.1:8080/v1.0")).containsExactly("Contacts.ReadWrite");
    }

    @Test
    void knowsMicrosoftAuthorityHostsOnly() {
        assertThat(Clouds.isMicrosoftAuthorityHost("https://login.microsoftonline.com")).isTrue();
        assertThat(Clouds.isMicrosoftAuthorityHost("https://LOGIN.microsoftonline.us/")).isTrue();
        assertThat(Clouds.isMicrosoftAuthorityHost("https://login.chinacloudapi.cn")).isTrue();
        assertThat(Clouds.isMicrosoftAuthorityHost("https://localhost:8443")).isFalse();
        assertThat(Clouds.isMicrosoftAuthorityHost("https://login.microsoftonline.com.evil.example")).isFalse();
        assertThat(Clouds.byGraphUrl("https://graph.microsoft.us/v1.0")).contains(Clouds.US_GOV_L4);
        assertThat(Clouds.byGraphUrl("https://example.com/v1.0")).isEmpty();
    }

    @Test
    void scopesOptionIsSplitOnCommasAndSpacesAndDelegatedDropsReservedOnes() {
        AuthSettings s = new AuthSettings(null, null, null, "app", null, null, null,
                "Contacts.Read, offline_access openid,User.Read", null, null, null, null);
        assertThat(Scopes.resolve(s, java.util.Set.of("x"))).containsExactly("Contacts.Read", "offline_access",
                "openid", "User.Read");
        assertThat(Scopes.delegated(s, java.util.Set.of("x"))).containsExactly("Contacts.Read", "User.Read");
    }
}
