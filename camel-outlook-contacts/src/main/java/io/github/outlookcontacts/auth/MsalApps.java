package io.github.outlookcontacts.auth;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.microsoft.aad.msal4j.AbstractClientApplicationBase;

/**
 * The settings every msal4j application of this component shares: the authority, discovery, TLS and timeouts.
 *
 * <p>Instance discovery (a call to the cloud's {@code /common/discovery/instance}, once per host and JVM, which also
 * validates the authority) stays on for Microsoft's own identity hosts, as msal4j intends. For any other
 * {@code authorityHost} (the emulator, a private gateway) it is switched off: Microsoft cannot vouch for that host,
 * and with discovery on msal4j would ask login.microsoftonline.com about it and fail. The configured host is then
 * trusted as is, like {@code baseUrl}.
 */
final class MsalApps {

    static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    static final int READ_TIMEOUT_MILLIS = 30_000;

    private MsalApps() {
    }

    /** {@code https://host/tenant/}, the authority URL form msal4j expects. */
    static String authority(String authorityHost, String tenant) {
        String host = authorityHost.endsWith("/") ? authorityHost.substring(0, authorityHost.length() - 1)
                : authorityHost;
        return host + "/" + URLEncoder.encode(tenant, StandardCharsets.UTF_8) + "/";
    }

    /**
     * An instance-discovery answer naming the host as its own (and only) cloud, with and without its port. Without
     * it msal4j files tokens under the bare host name but looks them up under host:port, so with a port in the
     * authority its cache never hits and a silent refresh goes to the default port.
     */
    static String selfDiscovery(String authorityHost, String tenant) {
        URI uri = URI.create(authorityHost);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String hostAndPort = uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        String aliases = hostAndPort.equals(host) ? quote(host) : quote(hostAndPort) + "," + quote(host);
        return "{\"tenant_discovery_endpoint\":" + quote(authority(authorityHost, tenant)
                + "v2.0/.well-known/openid-configuration") + ",\"api-version\":\"1.1\",\"metadata\":[{"
                + "\"preferred_network\":" + quote(host) + ",\"preferred_cache\":" + quote(hostAndPort)
                + ",\"aliases\":[" + aliases + "]}]}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static <T extends AbstractClientApplicationBase.Builder<T>> T configure(T builder, AuthSettings settings,
            String tenant) {
        try {
            builder.authority(authority(settings.authorityHost(), tenant));
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("authorityHost is not a valid URL: " + settings.authorityHost(), e);
        }
        if (!Clouds.isMicrosoftAuthorityHost(settings.authorityHost())) {
            builder.instanceDiscovery(false).aadInstanceDiscoveryResponse(
                    selfDiscovery(settings.authorityHost(), tenant));
        }
        if (settings.sslContext() != null) {
            builder.sslSocketFactory(settings.sslContext().getSocketFactory());
        }
        return builder.connectTimeoutForDefaultHttpClient(CONNECT_TIMEOUT_MILLIS)
                .readTimeoutForDefaultHttpClient(READ_TIMEOUT_MILLIS)
                .logPii(false);
    }
}
