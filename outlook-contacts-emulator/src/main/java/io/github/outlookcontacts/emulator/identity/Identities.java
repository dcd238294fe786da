package io.github.outlookcontacts.emulator.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Stable ids for tenants, users and apps, and scope arithmetic, so the same names always get the same ids. */
final class Identities {

    /** Microsoft Graph's application id: the audience of tokens for unqualified scopes such as Contacts.Read. */
    static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    static final Set<String> RESERVED_SCOPES = Set.of("openid", "profile", "offline_access", "email");

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "consumers");

    private Identities() {
    }

    /** The tenant id for a path's tenant segment: a GUID as is, a domain or alias mapped to a stable GUID. */
    static String tenantId(String tenant) {
        if (tenant != null && GUID.matcher(tenant).matches()) {
            return tenant.toLowerCase(Locale.ROOT);
        }
        String name = tenant == null || MULTI_TENANT.contains(tenant.toLowerCase(Locale.ROOT)) ? "emulator.local"
                : tenant.toLowerCase(Locale.ROOT);
        return uuid("tenant:" + name);
    }

    static String userObjectId(String upn) {
        return uuid("user:" + upn.toLowerCase(Locale.ROOT));
    }

    static String servicePrincipalId(String clientId) {
        return uuid("sp:" + clientId.toLowerCase(Locale.ROOT));
    }

    /** The space-separated scopes without the OpenID Connect ones. */
    static String resourceScopes(String scope) {
        return Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isEmpty())
                .filter(s -> !RESERVED_SCOPES.contains(s.toLowerCase(Locale.ROOT))).collect(Collectors.joining(" "));
    }

    static boolean hasScope(String scope, String wanted) {
        return Arrays.stream(scope.trim().split("\\s+")).anyMatch(s -> s.equalsIgnoreCase(wanted));
    }

    /** The resource a delegated scope list is for: the prefix of a qualified scope, else Microsoft Graph. */
    static String audienceOf(String scope) {
        for (String s : resourceScopes(scope).split(" ")) {
            int slash = s.lastIndexOf('/');
            if (s.contains("://") && slash > s.indexOf("://") + 2) {
                return s.substring(0, slash);
            }
        }
        return GRAPH_APP_ID;
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
