package io.github.outlookcontacts.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses and builds the token provider for a configuration, by the precedence tokenProvider &gt; accessToken &gt;
 * certificate &gt; client secret &gt; device code, after checking the options so that a mistake is reported before
 * any call (naming the option and what it accepts).
 */
public final class AccessTokenProviders {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenProviders.class);
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");
    private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "consumers");
    private static final String DEFAULT_GRAPH = "https://graph.microsoft.com/v1.0";

    private AccessTokenProviders() {
    }

    public static AccessTokenProvider create(AuthSettings settings) {
        AuthFlow flow = settings.flow();
        return switch (flow) {
            case TOKEN_PROVIDER -> settings.tokenProvider();
            case ACCESS_TOKEN -> new StaticTokenProvider(settings.accessToken());
            case CLIENT_CERTIFICATE -> new ClientCertificateTokenProvider(checked(settings, flow));
            case CLIENT_SECRET -> new ClientSecretTokenProvider(checked(settings, flow));
            case DEVICE_CODE -> new DeviceCodeTokenProvider(checked(settings, flow));
            case NONE -> throw new IllegalArgumentException("No credentials: set clientSecret or certificatePath"
                    + " (with tenantId and clientId) for app-only access, clientId alone for the device-code"
                    + " flow, or accessToken or tokenProvider");
        };
    }

    /** The checks {@link #create} makes, without building a provider (a configuration's validation). */
    public static void check(AuthSettings settings) {
        AuthFlow flow = settings.flow();
        if (flow == AuthFlow.CLIENT_CERTIFICATE || flow == AuthFlow.CLIENT_SECRET || flow == AuthFlow.DEVICE_CODE) {
            checked(settings, flow);
        }
    }

    /** The settings with defaults filled in, once they pass the checks for this msal4j flow. */
    static AuthSettings checked(AuthSettings s, AuthFlow flow) {
        if (!AuthFlow.isSet(s.clientId())) {
            throw new IllegalArgumentException("clientId is required for " + flow.description()
                    + ": the application (client) id of the app registration");
        }
        String authorityHost = checkAuthorityHost(s.authorityHost());
        String graph = AuthFlow.isSet(s.graphBaseUrl()) ? s.graphBaseUrl() : DEFAULT_GRAPH;
        Clouds.checkPair(authorityHost, graph);
        if (flow.isAppOnly()) {
            checkAppOnlyTenant(s.tenantId());
            checkAppOnlyScopes(s.scopes());
            if (AuthFlow.isSet(s.certificatePath()) && AuthFlow.isSet(s.clientSecret())) {
                LOG.warn("Both certificatePath and clientSecret are set (client id {}): the certificate is used",
                        s.clientId());
            }
            if (AuthFlow.isSet(s.tokenCachePath())) {
                LOG.warn("tokenCachePath is only used by the device-code flow; ignored for {}", flow.description());
            }
        } else if (AuthFlow.isSet(s.tenantId()) && !TENANT.matcher(s.tenantId()).matches()) {
            throw new IllegalArgumentException("tenantId must be a tenant id, a domain, organizations, consumers"
                    + " or common, was " + s.tenantId());
        }
        return new AuthSettings(graph, authorityHost, s.tenantId(), s.clientId(), s.clientSecret(),
                s.certificatePath(), s.certificatePassword(), s.scopes(), s.tokenCachePath(), s.accessToken(),
                s.tokenProvider(), s.deviceCodeListener(), s.sslContext());
    }

    private static String checkAuthorityHost(String authorityHost) {
        String value = AuthFlow.isSet(authorityHost) ? authorityHost.trim() : Clouds.GLOBAL.authorityHost();
        String hint = "authorityHost must be an https URL with no path, such as " + Clouds.GLOBAL.authorityHost()
                      + " (msal4j accepts https only, even on loopback), was " + authorityHost;
        try {
            URI uri = new URI(value);
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || !bare
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(hint);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(hint, e);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static void checkAppOnlyTenant(String tenantId) {
        if (!AuthFlow.isSet(tenantId) || MULTI_TENANT.contains(tenantId.trim().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("tenantId is required for client credentials: the directory"
                    + " (tenant) id or a verified domain such as contoso.onmicrosoft.com; common, organizations and"
                    + " consumers are only valid for the device-code flow" + (tenantId == null ? "" : ", was "
                    + tenantId));
        }
        if (!TENANT.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("tenantId must be a tenant id (GUID) or a domain name, was "
                    + tenantId);
        }
    }

    private static void checkAppOnlyScopes(String scopes) {
        if (AuthFlow.isSet(scopes) && !scopes.trim().matches("\\S+/\\.default")) {
            throw new IllegalArgumentException("scopes for client credentials must be one <resource>/.default"
                    + " scope, such as https://graph.microsoft.com/.default (permissions come from the app"
                    + " registration), was " + scopes);
        }
    }
}
