package io.github.outlookcontacts.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * Supplies bearer tokens for Microsoft Graph; implementations cache tokens and refresh them before they expire.
 */
public interface AccessTokenProvider {

    /**
     * A token valid for at least the next few minutes, served from cache while it has life left.
     *
     * @throws AuthenticationException when no token can be obtained (the message never contains a secret)
     */
    String getAccessToken();

    /**
     * Drops the cached token and obtains a new one over the network; called once after Graph answered 401. The msal4j
     * providers treat calls within two seconds of each other as one refresh (requests that saw the same 401 share
     * the new token).
     *
     * @throws AuthenticationException when no new token can be obtained
     */
    default String refreshAccessToken() {
        return getAccessToken();
    }

    /**
     * When the token last handed out expires, without any network call (health checks read it); empty when no token
     * was obtained yet or the provider cannot tell.
     */
    default Optional<Instant> tokenExpiry() {
        return Optional.empty();
    }
}
