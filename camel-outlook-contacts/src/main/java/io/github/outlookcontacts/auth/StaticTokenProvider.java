package io.github.outlookcontacts.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A fixed bearer token (tests, short scripts). It cannot be refreshed. Its expiry is the {@code exp} claim when the
 * token is a JWT (read, not verified: Graph verifies it).
 */
public final class StaticTokenProvider implements AccessTokenProvider {

    private final String token;
    private final Optional<Instant> expiry;

    public StaticTokenProvider(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be empty");
        }
        this.token = Objects.requireNonNull(token);
        this.expiry = jwtExpiry(token);
    }

    @Override
    public String getAccessToken() {
        return token;
    }

    @Override
    public Optional<Instant> tokenExpiry() {
        return expiry;
    }

    /** The {@code exp} claim of a JWT; empty for an opaque token or one without it. */
    static Optional<Instant> jwtExpiry(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode exp = new ObjectMapper().readTree(new String(payload, StandardCharsets.UTF_8)).get("exp");
            return exp != null && exp.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
                    : Optional.empty();
        } catch (RuntimeException | IOException e) {
            return Optional.empty(); // not a JWT after all: an opaque token has no expiry we can tell
        }
    }

    @Override
    public String toString() {
        return "StaticTokenProvider[token=***]";
    }
}
