package io.github.outlookcontacts.emulator.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The access tokens the emulator's identity endpoint issued; strict mode accepts only these, and only until they
 * expire or are revoked.
 */
public interface TokenRegistry {

    /**
     * An issued token: {@code user} is null for app-only (client-credentials) tokens; {@code permissions} are its
     * {@code scp} (delegated) or {@code roles} (app-only) claim, null if unknown (then they are not checked).
     */
    record IssuedToken(String token, String appId, String user, Instant expiresAt, Set<String> permissions) {

        public IssuedToken(String token, String appId, String user, Instant expiresAt) {
            this(token, appId, user, expiresAt, null);
        }

        public boolean isAppOnly() {
            return user == null;
        }
    }

    /** The token if it was issued here and is neither expired nor revoked. */
    Optional<IssuedToken> validate(String accessToken);
}
