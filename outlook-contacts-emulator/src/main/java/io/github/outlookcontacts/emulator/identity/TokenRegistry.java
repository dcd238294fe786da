package io.github.outlookcontacts.emulator.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * The access tokens the emulator's identity endpoint issued; strict mode accepts only these, and only until they
 * expire or are revoked.
 */
public interface TokenRegistry {

    /** An issued token: {@code user} is null for app-only (client-credentials) tokens. */
    record IssuedToken(String token, String appId, String user, Instant expiresAt) {

        public boolean isAppOnly() {
            return user == null;
        }
    }

    /** The token if it was issued here and is neither expired nor revoked. */
    Optional<IssuedToken> validate(String accessToken);
}
