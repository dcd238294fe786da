package io.github.outlookcontacts.emulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.WireClient;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.identity.TokenRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BearerTokenFilterTest {

    // A registry stand-in for the identity service (another helper's module); the filter only needs validate().
    private static final TokenRegistry ISSUED = token -> Optional.ofNullable(Map.of(
            "aaa.app.sig", new TokenRegistry.IssuedToken("aaa.app.sig", "app-1", null, Instant.now().plusSeconds(60)),
            "bbb.user.sig", new TokenRegistry.IssuedToken("bbb.user.sig", "app-2", "alice@contoso.com",
                    Instant.now().plusSeconds(60))).get(token));

    private final AtomicReference<Principal> principal = new AtomicReference<>();
    private final WireClient client = new WireClient();
    private GraphEmulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    private void start(boolean strict) {
        emulator = GraphEmulator.builder().strictAuth(strict).identity(r -> ApiResponse.empty(404), ISSUED)
                .graphApi(r -> {
                    principal.set(r.principal());
                    return ApiResponse.json(200, "{}");
                }).build().start();
    }

    private HttpResponse<String> call(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/me/contacts"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.GET().build());
    }

    @Test
    void missingOrEmptyTokenIs401AccessTokenIsEmpty() throws Exception {
        start(false);

        for (String authorization : new String[] {null, "Bearer ", "Basic dXNlcjpwdw==", "Bearer    "}) {
            HttpResponse<String> response = call(authorization);
            assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(response.body()).isEqualTo(
                    "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token is empty.\"}}");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
        }
        assertThat(principal.get()).isNull();
        assertThat(emulator.throttling().totalRequests()).isZero();
    }

    @Test
    void lenientModeAcceptsAnyTokenAsTheDefaultUser() throws Exception {
        start(false);

        assertThat(call("Bearer whatever").statusCode()).isEqualTo(200);
        assertThat(principal.get()).isEqualTo(Principal.lenient());
    }

    @Test
    void strictModeAcceptsOnlyIssuedTokensAndMapsThePrincipal() throws Exception {
        start(true);

        assertThat(call("Bearer aaa.app.sig").statusCode()).isEqualTo(200);
        assertThat(principal.get()).isEqualTo(new Principal("app-1", null, true));
        assertThat(call("bearer bbb.user.sig").statusCode()).isEqualTo(200);
        assertThat(principal.get()).isEqualTo(new Principal("app-2", "alice@contoso.com", false));

        HttpResponse<String> expired = call("Bearer ccc.gone.sig");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("InvalidAuthenticationToken")
                .contains("Lifetime validation failed, the token is expired.");
        HttpResponse<String> garbage = call("Bearer not-a-jwt");
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(garbage.body()).contains("InvalidAuthenticationToken").contains("JWT is not well formed");
    }

    @Test
    void strictModeCanBeSwitchedAtRunTime() throws Exception {
        start(false);
        assertThat(call("Bearer random").statusCode()).isEqualTo(200);

        emulator.strictAuth(true);

        assertThat(call("Bearer random.token.x").statusCode()).isEqualTo(401);
    }
}
