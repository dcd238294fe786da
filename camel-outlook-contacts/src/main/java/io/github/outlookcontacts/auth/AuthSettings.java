package io.github.outlookcontacts.auth;

import java.util.function.Consumer;

/**
 * Everything needed to choose and build a token provider. Precedence: {@code tokenProvider}, {@code accessToken},
 * certificate, client secret, then the delegated device-code flow (client id alone).
 *
 * @param graphBaseUrl        the Graph root; the default app-only scope is derived from its host
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
 */
public record AuthSettings(String graphBaseUrl, String authorityHost, String tenantId, String clientId,
        String clientSecret, String certificatePath, String certificatePassword, String scopes,
        String tokenCachePath, String accessToken, AccessTokenProvider tokenProvider,
        Consumer<String> deviceCodeListener) {

    @Override
    public String toString() {
        // Never print secrets.
        return "AuthSettings[authorityHost=" + authorityHost + ", tenantId=" + tenantId + ", clientId=" + clientId
               + "]";
    }
}
