package io.github.outlookcontacts.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A fixed token's expiry, for health checks: the JWT's exp claim, or unknown. */
class StaticTokenProviderTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void aJwtExpiresAtItsExpClaim() {
        String token = part("{\"alg\":\"RS256\"}") + "." + part("{\"aud\":\"x\",\"exp\":1900000000}") + ".c2ln";
        assertThat(new StaticTokenProvider(token).tokenExpiry()).contains(Instant.ofEpochSecond(1_900_000_000L));
    }

    @Test
    void anOpaqueOrMalformedTokenHasNoKnownExpiry() {
        assertThat(new StaticTokenProvider("test-token").tokenExpiry()).isEmpty();
        assertThat(new StaticTokenProvider("a.!!!.c").tokenExpiry()).isEmpty();
        assertThat(new StaticTokenProvider("a." + part("[1]") + ".c").tokenExpiry()).isEmpty();
        assertThat(new StaticTokenProvider("a." + part("{\"exp\":\"soon\"}") + ".c").tokenExpiry()).isEmpty();
    }

    private static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
