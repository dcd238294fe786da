package io.github.outlookcontacts.auth;

import java.util.Objects;

/**
 * A fixed bearer token (tests, short scripts). It cannot be refreshed.
 */
public final class StaticTokenProvider implements AccessTokenProvider {

    private final String token;

    public StaticTokenProvider(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be empty");
        }
        this.token = Objects.requireNonNull(token);
    }

    @Override
    public String getAccessToken() {
        return token;
    }

    @Override
    public String toString() {
        return "StaticTokenProvider[token=***]";
    }
}
