package io.github.outlookcontacts.auth;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Microsoft clouds: which identity platform issues tokens for which Graph root, and the default scopes. A
 * {@code baseUrl} or {@code authorityHost} outside this table (the emulator, a proxy) is accepted as configured.
 */
public final class Clouds {

    /** One national cloud: its identity platform host and its Microsoft Graph root (scheme and host). */
    public record Cloud(String name, String authorityHost, String graphRoot) {
    }

    public static final Cloud GLOBAL = new Cloud("Global", "https://login.microsoftonline.com",
            "https://graph.microsoft.com");
    public static final Cloud US_GOV_L4 = new Cloud("US Government L4 (GCC High)",
            "https://login.microsoftonline.us", "https://graph.microsoft.us");
    public static final Cloud US_GOV_L5 = new Cloud("US Government L5 (DoD)", "https://login.microsoftonline.us",
            "https://dod-graph.microsoft.us");
    public static final Cloud CHINA = new Cloud("China (21Vianet)", "https://login.chinacloudapi.cn",
            "https://microsoftgraph.chinacloudapi.cn");

    public static final List<Cloud> ALL = List.of(GLOBAL, US_GOV_L4, US_GOV_L5, CHINA);

    /**
     * The delegated permissions the device-code flow asks for by default, the least that lets every operation work:
     * contacts, folders and contact photos need {@code Contacts.ReadWrite}; the mailbox owner's own photo
     * ({@code getUserPhoto}, {@code setUserPhoto}) needs {@code User.Read} / {@code User.ReadWrite}. Users can consent
     * to both themselves.
     */
    static final List<String> DEFAULT_DELEGATED_PERMISSIONS = List.of("Contacts.ReadWrite", "User.ReadWrite");

    /**
     * Hosts msal4j knows as Microsoft identity platforms (aliases included): for these it keeps instance discovery
     * and authority validation on; for any other host (the emulator, a private gateway) they are turned off.
     */
    private static final Set<String> MICROSOFT_AUTHORITY_HOSTS = Set.of("login.microsoftonline.com",
            "login.windows.net", "login.microsoft.com", "sts.windows.net", "login.microsoftonline.us",
            "login.usgovcloudapi.net", "login-us.microsoftonline.com", "login.chinacloudapi.cn",
            "login.partner.microsoftonline.cn");

    private Clouds() {
    }

    /** The known cloud whose Graph root has this URL's host, if any. */
    public static Optional<Cloud> byGraphUrl(String graphBaseUrl) {
        String host = host(graphBaseUrl);
        return ALL.stream().filter(c -> host(c.graphRoot()).equals(host)).findFirst();
    }

    public static boolean isMicrosoftAuthorityHost(String authorityHost) {
        return MICROSOFT_AUTHORITY_HOSTS.contains(host(authorityHost));
    }

    /** {@code <graph root>/.default}: every application permission granted to the app, for app-only flows. */
    public static Set<String> defaultAppOnlyScopes(String graphBaseUrl) {
        return Set.of(origin(graphBaseUrl) + "/.default");
    }

    /**
     * {@code Contacts.ReadWrite User.ReadWrite}; msal4j adds {@code openid profile offline_access} to every delegated
     * request itself, so a refresh token always comes back. Outside the global cloud the permissions are qualified
     * with the Graph root ({@code https://graph.microsoft.us/Contacts.ReadWrite}), so the token is issued for that
     * cloud's Graph.
     */
    public static Set<String> defaultDelegatedScopes(String graphBaseUrl) {
        Optional<Cloud> cloud = byGraphUrl(graphBaseUrl);
        String resource = cloud.isPresent() && cloud.get() != GLOBAL ? cloud.get().graphRoot() + "/" : "";
        Set<String> scopes = new LinkedHashSet<>();
        DEFAULT_DELEGATED_PERMISSIONS.forEach(permission -> scopes.add(resource + permission));
        return Collections.unmodifiableSet(scopes);
    }

    /**
     * Fails when {@code authorityHost} and {@code baseUrl} belong to two different known clouds: a token from one
     * cloud's identity platform is never accepted by another cloud's Graph.
     */
    public static void checkPair(String authorityHost, String graphBaseUrl) {
        Optional<Cloud> graphCloud = byGraphUrl(graphBaseUrl);
        if (graphCloud.isEmpty() || !isMicrosoftAuthorityHost(authorityHost)) {
            return;
        }
        Cloud cloud = graphCloud.get();
        boolean globalAlias = cloud == GLOBAL && Set.of("login.microsoftonline.com", "login.windows.net",
                "login.microsoft.com", "sts.windows.net").contains(host(authorityHost));
        boolean usAlias = (cloud == US_GOV_L4 || cloud == US_GOV_L5) && Set.of("login.microsoftonline.us",
                "login.usgovcloudapi.net", "login-us.microsoftonline.com").contains(host(authorityHost));
        boolean chinaAlias = cloud == CHINA && Set.of("login.chinacloudapi.cn", "login.partner.microsoftonline.cn")
                .contains(host(authorityHost));
        if (!globalAlias && !usAlias && !chinaAlias) {
            throw new IllegalArgumentException("authorityHost " + authorityHost + " does not issue tokens for baseUrl "
                    + graphBaseUrl + " (" + cloud.name() + "); use authorityHost=" + cloud.authorityHost()
                    + " with that baseUrl");
        }
    }

    static String origin(String url) {
        URI uri = URI.create(url.trim());
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException | NullPointerException e) {
            return "";
        }
    }
}
