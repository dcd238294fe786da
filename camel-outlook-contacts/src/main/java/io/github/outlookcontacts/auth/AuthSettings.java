package io.github.outlookcontacts.auth;

import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

/**
 * Everything needed to choose and build a token provider. Precedence: {@code tokenProvider}, {@code accessToken},
 * certificate, client secret, then the delegated device-code flow (client id alone).
 *
 * @param graphBaseUrl        the Graph root; the default scopes are derived from its host
 * @param authorityHost       identity platform host, e.g. {@code https://login.microsoftonline.com}
 * @param tenantId            tenant id or domain ({@code organizations}/{@code consumers} for device code)
 * @param clientId            application (client) id
 * @param clientSecret        client secret (secret)
 * @param certificatePath     PKCS#12 file path
 * @param certificatePassword PKCS#12 password (secret)
 * @param scopes              comma-separated scopes, or null for the default
 * @param tokenCachePath      device-code flow: the persistent token cache file
 * @param accessToken         a fixed token (secret)
 * @param tokenProvider       a caller-supplied provider
 * @param deviceCodeListener  receives the device-code message (besides the log), may be null
 * @param sslContext          TLS settings for calls to the identity platform (e.g. trusting a test server), may be
 *                            null for the JVM default
 */
public record AuthSettings(String graphBaseUrl, String authorityHost, String tenantId, String clientId,
        String clientSecret, String certificatePath, String certificatePassword, String scopes,
        String tokenCachePath, String accessToken, AccessTokenProvider tokenProvider,
        Consumer<String> deviceCodeListener, SSLContext sslContext) {

    /** Without an {@link SSLContext}: the JVM's default trust store is used for the identity platform. */
    public AuthSettings(String graphBaseUrl, String authorityHost, String tenantId, String clientId,
                        String clientSecret, String certificatePath, String certificatePassword, String scopes,
                        String tokenCachePath, String accessToken, AccessTokenProvider tokenProvider,
                        Consumer<String> deviceCodeListener) {
        this(graphBaseUrl, authorityHost, tenantId, clientId, clientSecret, certificatePath, certificatePassword,
             scopes, tokenCachePath, accessToken, tokenProvider, deviceCodeListener, null);
    }

    /** The flow these settings select, by the precedence above. */
    public AuthFlow flow() {
        return AuthFlow.of(this);
    }

    @Override
    public String toString() {
        // Never print secrets.
        return "AuthSettings[flow=" + flow() + ", authorityHost=" + authorityHost + ", tenantId=" + tenantId
               + ", clientId=" + clientId + "]";
    }
}
