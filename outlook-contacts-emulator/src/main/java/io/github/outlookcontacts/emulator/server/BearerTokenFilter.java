package io.github.outlookcontacts.emulator.server;

import java.util.Optional;

import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.identity.TokenRegistry;

/**
 * Graph's bearer-token check: no token is a 401; in lenient mode any token is the default user, in strict mode only
 * a token the emulator's identity endpoint issued and that is still valid gets through.
 */
public final class BearerTokenFilter implements ApiHandler {

    static final String CHALLENGE = "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/"
            + "common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"";

    private final ApiHandler next;
    private final TokenRegistry registry;
    private volatile boolean strict;

    public BearerTokenFilter(ApiHandler next, TokenRegistry registry, boolean strict) {
        this.next = next;
        this.registry = registry;
        this.strict = strict;
    }

    /** Switches between strict (only issued, valid tokens) and lenient (any token) checking. */
    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public boolean isStrict() {
        return strict;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String token = bearerToken(request.header("Authorization"));
        if (token == null) {
            return unauthorized("Access token is empty.");
        }
        if (!strict) {
            return next.handle(request.withPrincipal(Principal.lenient()));
        }
        Optional<TokenRegistry.IssuedToken> issued = registry.validate(token);
        if (issued.isEmpty()) {
            // A JWT we cannot honour is expired or revoked; anything else is not a token at all.
            return unauthorized(token.chars().filter(c -> c == '.').count() == 2
                    ? "Lifetime validation failed, the token is expired."
                    : "IDX14100: JWT is not well formed, there are no dots (.).");
        }
        TokenRegistry.IssuedToken t = issued.get();
        return next.handle(request.withPrincipal(new Principal(t.appId(), t.user(), t.isAppOnly(), t.permissions())));
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static ApiResponse unauthorized(String message) {
        return ApiResponse.error(401, "InvalidAuthenticationToken", message).header("WWW-Authenticate", CHALLENGE);
    }
}
