package io.github.outlookcontacts.auth;

/**
 * Chooses the token provider for a configuration (see {@link AuthSettings} for the precedence).
 * Placeholder until the msal4j flows land: only tokenProvider and accessToken are supported.
 */
public final class AccessTokenProviders {

    private AccessTokenProviders() {
    }

    public static AccessTokenProvider create(AuthSettings settings) {
        if (settings.tokenProvider() != null) {
            return settings.tokenProvider();
        }
        if (settings.accessToken() != null && !settings.accessToken().isBlank()) {
            return new StaticTokenProvider(settings.accessToken());
        }
        throw new IllegalArgumentException(
                "No credentials: set tokenProvider, accessToken, clientSecret or certificatePath (with tenantId and"
                                           + " clientId)");
    }
}
