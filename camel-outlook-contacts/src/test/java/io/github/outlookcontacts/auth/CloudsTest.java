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
    void delegatedScopesAreQualifiedOutsideTheGlobalCloud() {
        assertThat(Clouds.defaultDelegatedScopes("https://graph.microsoft.com/v1.0"))
                .containsExactly("Contacts.ReadWrite", "User.ReadWrite");
        assertThat(Clouds.defaultDelegatedScopes("https://graph.microsoft.us/v1.0"))
                .containsExactly("https://graph.microsoft.us/Contacts.ReadWrite",
                        "https://graph.microsoft.us/User.ReadWrite");
        assertThat(Clouds.defaultDelegatedScopes("http://127.0.0.1:8080/v1.0"))
                .containsExactly("Contacts.ReadWrite", "User.ReadWrite");
    }

    /**
     * Microsoft's permission reference, operation by operation (least privileged delegated permission): every
     * operation of the component must be covered by the default delegated scopes, or a person who signed in with the
     * device code gets 403 on it.
     */
    @Test
    void defaultDelegatedScopesLetEveryOperationWork() {
        java.util.Map<String, String> leastPrivileged = new java.util.LinkedHashMap<>();
        for (String op : java.util.List.of("sync", "list", "get", "listFolders", "getFolder", "getPhoto",
                "getPhotoMetadata")) {
            leastPrivileged.put(op, "Contacts.Read");
        }
        for (String op : java.util.List.of("create", "update", "delete", "upsert", "createFolder", "deleteFolder",
                "setPhoto")) {
            leastPrivileged.put(op, "Contacts.ReadWrite");
        }
        leastPrivileged.put("getUserPhoto", "User.Read");
        leastPrivileged.put("getUserPhotoMetadata", "User.Read");
        leastPrivileged.put("setUserPhoto", "User.ReadWrite");
        // A ReadWrite permission includes the Read one of the same resource.
        java.util.Set<String> granted = new java.util.HashSet<>();
        Clouds.defaultDelegatedScopes("https://graph.microsoft.com/v1.0").forEach(scope -> {
            granted.add(scope);
            granted.add(scope.replace(".ReadWrite", ".Read"));
        });
        assertThat(leastPrivileged).allSatisfy((op, permission) -> assertThat(granted).as(op).contains(permission));
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
