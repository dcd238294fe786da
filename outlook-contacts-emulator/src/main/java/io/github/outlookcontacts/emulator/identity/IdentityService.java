package io.github.outlookcontacts.emulator.identity;

import java.util.Optional;

import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiResponse;

/**
 * The emulator's Microsoft identity platform: token and device-code endpoints as msal4j calls them, and the registry
 * of the tokens it issued. Work in progress: the endpoints land in the next commits.
 */
public final class IdentityService implements TokenRegistry {

    public IdentityService() {
    }

    /** Serves {@code /{tenant}/oauth2/v2.0/token}, {@code /devicecode} and OpenID discovery. */
    public ApiHandler handler() {
        return request -> ApiResponse.error(404, "NotFound", "Identity endpoints are not implemented yet.");
    }

    @Override
    public Optional<IssuedToken> validate(String accessToken) {
        return Optional.empty();
    }
}
