package io.github.outlookcontacts.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.identity.IdentityService;
import io.github.outlookcontacts.emulator.identity.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Strict mode over the wire: a token from the emulator's own HTTPS token endpoint, then Graph calls with it. */
class StrictAuthEndToEndTest {

    private static final MutableClock CLOCK = new MutableClock();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static GraphEmulator emulator;
    private static WireClient https;
    private final WireClient plain = new WireClient();

    @BeforeAll
    static void start() {
        emulator = GraphEmulator.builder().https(true).strictAuth(true)
                .identity(new IdentityService(CLOCK))
                .seedContacts("alice@contoso.com", "", 3).build().start();
        https = new WireClient(emulator.sslContext());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.resetFaultsAndCounters();
    }

    private String appToken(String clientId) throws Exception {
        HttpResponse<String> response = https.send(HttpRequest.newBuilder(
                URI.create(emulator.authorityHost() + "/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
                        + "&client_secret=s&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default")).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> graphGet(String path, String token) throws Exception {
        return plain.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    @Test
    void issuedAppTokenReadsAUsersContactsButNotMe() throws Exception {
        String token = appToken("app-1");

        HttpResponse<String> contacts = graphGet("/users/alice@contoso.com/contacts", token);
        HttpResponse<String> me = graphGet("/me/contacts", token);

        assertThat(contacts.statusCode()).isEqualTo(200);
        assertThat(contacts.body()).contains("\"value\":[{");
        assertThat(me.statusCode()).isEqualTo(400);
        assertThat(me.body()).contains("/me request is only valid with delegated authentication flow.");
        assertThat(emulator.identity().tokenRequests()).isPositive();
    }

    @Test
    void tokensNotIssuedHereOrExpiredAre401() throws Exception {
        String token = appToken("app-2");
        String foreignJwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.sig";

        assertThat(graphGet("/users/alice@contoso.com/contacts", "opaque").body())
                .contains("InvalidAuthenticationToken", "JWT is not well formed");
        HttpResponse<String> foreign = graphGet("/users/alice@contoso.com/contacts", foreignJwt);
        assertThat(foreign.statusCode()).isEqualTo(401);
        assertThat(foreign.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));

        CLOCK.advance(Duration.ofHours(2));
        HttpResponse<String> expired = graphGet("/users/alice@contoso.com/contacts", token);

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("Lifetime validation failed, the token is expired.");
        assertThat(graphGet("/users/alice@contoso.com/contacts", appToken("app-2")).statusCode()).isEqualTo(200);
    }

    @Test
    void identityEndpointsAreFaultedOnlyWhenAsked() throws Exception {
        String app3 = appToken("app-3");
        emulator.faults().failNext(1, FaultKind.SERVICE_UNAVAILABLE);
        assertThat(appToken("app-4")).isNotEmpty(); // the token endpoint is not faulted by default...
        emulator.faults().includeIdentityEndpoints(true);

        HttpResponse<String> token = https.send(HttpRequest.newBuilder(
                URI.create(emulator.authorityHost() + "/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=app-4"
                        + "&client_secret=s&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default")).build());

        assertThat(token.statusCode()).isEqualTo(503); // ...but is when asked
        assertThat(token.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(graphGet("/users/alice@contoso.com/contacts", app3).statusCode()).isEqualTo(200);
        assertThat(emulator.throttling().requestCount("GET", "/users/alice@contoso.com/contacts")).isEqualTo(1);
    }

}
