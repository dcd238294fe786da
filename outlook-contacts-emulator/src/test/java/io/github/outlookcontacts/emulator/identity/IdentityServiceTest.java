package io.github.outlookcontacts.emulator.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity endpoints called through {@code handler()} directly, with a hand-moved clock. */
class IdentityServiceTest {

    private static final String HOST = "localhost:8443";
    private static final String TOKEN_PATH = "/contoso.onmicrosoft.com/oauth2/v2.0/token";
    private static final String TOKEN_URL = "https://" + HOST + TOKEN_PATH;
    private static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";

    private final MutableClock clock = new MutableClock();
    private final IdentityService identity = new IdentityService(clock);

    // --- client credentials ---

    @Test
    void lenientModeIssuesAppOnlyTokensToAnyClient() throws Exception {
        ApiResponse response = post(TOKEN_PATH, Map.of("grant_type", "client_credentials", "client_id", "app-1",
                "client_secret", "whatever", "scope", GRAPH_SCOPE));

        JsonNode body = json(response);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("Content-Type")).startsWith("application/json");
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3599);
        assertThat(body.get("ext_expires_in").asLong()).isEqualTo(3599);
        assertThat(body.has("refresh_token")).isFalse();
        String token = body.get("access_token").asText();
        assertThat(token.split("\\.")).hasSize(3);
        Jwt.Parsed jwt = Jwt.parse(token);
        assertThat(jwt.claimText("aud")).isEqualTo("https://graph.microsoft.com");
        assertThat(jwt.claimText("appid")).isEqualTo("app-1");
        assertThat(jwt.claimText("idtyp")).isEqualTo("app");
        TokenRegistry.IssuedToken issued = identity.validate(token).orElseThrow();
        assertThat(issued.isAppOnly()).isTrue();
        assertThat(issued.appId()).isEqualTo("app-1");
        assertThat(identity.tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(1);
    }

    @Test
    void registeredClientWithWrongSecretGetsEntraError() throws Exception {
        identity.registerClient("app-1", "right-secret");
        ApiResponse response = post(TOKEN_PATH, Map.of("grant_type", "client_credentials", "client_id", "app-1",
                "client_secret", "wrong-secret-value", "scope", GRAPH_SCOPE), "client-request-id", "corr-123");

        JsonNode body = json(response);
        assertThat(response.status()).isEqualTo(401);
        assertThat(body.get("error").asText()).isEqualTo("invalid_client");
        assertThat(body.get("error_description").asText())
                .startsWith("AADSTS7000215: Invalid client secret provided.")
                .contains("Correlation ID: corr-123").contains("Trace ID: ");
        assertThat(body.get("error_codes").get(0).asInt()).isEqualTo(7000215);
        assertThat(body.get("correlation_id").asText()).isEqualTo("corr-123");
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-11-02 10:00:00Z");
        assertThat(body.get("error_uri").asText()).isEqualTo("https://" + HOST + "/error?code=7000215");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("wrong-secret-value");
        assertThat(identity.failedTokenRequests()).isEqualTo(1);
        assertThat(identity.tokensIssued(Grant.CLIENT_CREDENTIALS)).isZero();

        ApiResponse ok = post(TOKEN_PATH, Map.of("grant_type", "client_credentials", "client_id", "APP-1",
                "client_secret", "right-secret", "scope", GRAPH_SCOPE));
        assertThat(ok.status()).isEqualTo(200);
    }

    @Test
    void unknownClientMissingCredentialAndBadScopeAreRefused() throws Exception {
        identity.registerClient("app-1", "s");

        JsonNode unknown = json(post(TOKEN_PATH, Map.of("grant_type", "client_credentials", "client_id", "other",
                "client_secret", "s", "scope", GRAPH_SCOPE)));
        assertThat(unknown.get("error").asText()).isEqualTo("unauthorized_client");
        assertThat(unknown.get("error_codes").get(0).asInt()).isEqualTo(700016);

        ApiResponse noSecret = post(TOKEN_PATH, Map.of("grant_type", "client_credentials", "client_id", "app-1",
                "scope", GRAPH_SCOPE));
        assertThat(noSecret.status()).isEqualTo(401);
        assertThat(json(noSecret).get("error_codes").get(0).asInt()).isEqualTo(7000218);

        // msal4j adds the OpenID Connect scopes to every request; Entra ignores them for client credentials.
        assertThat(post(TOKEN_PATH, Map.of("grant_type", "client_credentials", "client_id", "app-1",
                "client_secret", "s", "scope", "openid profile offline_access " + GRAPH_SCOPE)).status())
                .isEqualTo(200);

        ApiResponse badScope = post(TOKEN_PATH, Map.of("grant_type", "client_credentials", "client_id", "app-1",
                "client_secret", "s", "scope", "Contacts.Read"));
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(json(badScope).get("error").asText()).isEqualTo("invalid_scope");
        assertThat(json(badScope).get("error_codes").get(0).asInt()).isEqualTo(1002012);
    }

    @Test
    void grantTypeAndMethodAreChecked() throws Exception {
        assertThat(json(post(TOKEN_PATH, Map.of("client_id", "a"))).get("error_description").asText())
                .startsWith("AADSTS900144: The request body must contain the following parameter: 'grant_type'.");
        JsonNode unsupported = json(post(TOKEN_PATH, Map.of("grant_type", "password", "client_id", "a")));
        assertThat(unsupported.get("error").asText()).isEqualTo("unsupported_grant_type");
        ApiResponse get = identity.handler().handle(new ApiRequest("GET", TOKEN_PATH, null,
                Map.of("Host", List.of(HOST)), null, null));
        assertThat(get.status()).isEqualTo(400);
        assertThat(json(get).get("error_codes").get(0).asInt()).isEqualTo(900561);
    }

    // --- certificate assertions ---

    @Test
    void certificateAssertionIsVerifiedWithTheRegisteredCertificate() throws Exception {
        TestCertificates cert = TestCertificates.generate("app-cert");
        identity.registerCertificateClient("app-cert", cert.certificate());

        ApiResponse ok = post(TOKEN_PATH, assertionForm("app-cert", cert.assertion("app-cert", TOKEN_URL,
                clock.instant())));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(identity.validate(json(ok).get("access_token").asText())).isPresent();

        long now = clock.instant().getEpochSecond();
        String ps256 = cert.assertion("app-cert", "app-cert", TOKEN_URL, now, now + 600, cert.keys().getPrivate(),
                "PS256");
        assertThat(post(TOKEN_PATH, assertionForm("app-cert", ps256)).status()).isEqualTo(200);

        // RFC 7515's x5t: base64url SHA-1 thumbprint.
        String sha1 = cert.assertionWithSha1Thumbprint("app-cert", TOKEN_URL, clock.instant());
        assertThat(post(TOKEN_PATH, assertionForm("app-cert", sha1)).status()).isEqualTo(200);
    }

    @Test
    void badAssertionsGetTheirOwnAadstsCodes() throws Exception {
        TestCertificates cert = TestCertificates.generate("app-cert");
        TestCertificates stranger = TestCertificates.generate("app-cert");
        identity.registerCertificateClient("app-cert", cert.certificate());
        long now = clock.instant().getEpochSecond();

        String otherKey = cert.assertion("app-cert", "app-cert", TOKEN_URL, now, now + 600,
                stranger.keys().getPrivate(), "RS256");
        assertThat(errorCode(post(TOKEN_PATH, assertionForm("app-cert", otherKey)))).isEqualTo(700027);

        String unknownCert = stranger.assertion("app-cert", TOKEN_URL, clock.instant());
        JsonNode notFound = json(post(TOKEN_PATH, assertionForm("app-cert", unknownCert)));
        assertThat(notFound.get("error_description").asText()).contains("The key was not found.");

        String wrongAud = cert.assertion("app-cert", "https://login.microsoftonline.com/x/oauth2/v2.0/token",
                clock.instant());
        assertThat(errorCode(post(TOKEN_PATH, assertionForm("app-cert", wrongAud)))).isEqualTo(700023);

        String wrongIss = cert.assertion("someone-else", "app-cert", TOKEN_URL, now, now + 600,
                cert.keys().getPrivate(), "RS256");
        assertThat(errorCode(post(TOKEN_PATH, assertionForm("app-cert", wrongIss)))).isEqualTo(700021);

        String expired = cert.assertion("app-cert", "app-cert", TOKEN_URL, now - 3600, now - 1200,
                cert.keys().getPrivate(), "RS256");
        ApiResponse expiredResponse = post(TOKEN_PATH, assertionForm("app-cert", expired));
        assertThat(expiredResponse.status()).isEqualTo(401);
        assertThat(errorCode(expiredResponse)).isEqualTo(700024);

        assertThat(errorCode(post(TOKEN_PATH, assertionForm("app-cert", "not-a-jwt")))).isEqualTo(50027);
        assertThat(identity.tokensIssued(Grant.CLIENT_CREDENTIALS)).isZero();
    }

    // --- device code ---

    @Test
    void deviceCodeIsPendingUntilApprovedThenRedeemedOnce() throws Exception {
        identity.setDeviceCodeInterval(Duration.ofSeconds(1));
        JsonNode dc = json(post("/organizations/oauth2/v2.0/devicecode", Map.of("client_id", "public-app",
                "scope", "Contacts.ReadWrite openid profile offline_access")));
        assertThat(dc.get("user_code").asText()).matches("[A-Z0-9]{9}");
        assertThat(dc.get("verification_uri").asText()).isEqualTo("https://" + HOST + "/common/oauth2/deviceauth");
        assertThat(dc.get("expires_in").asLong()).isEqualTo(900);
        assertThat(dc.get("interval").asLong()).isEqualTo(1);
        assertThat(dc.get("message").asText()).contains(dc.get("user_code").asText())
                .contains(dc.get("verification_uri").asText());
        assertThat(identity.pendingUserCodes()).containsExactly(dc.get("user_code").asText());

        Map<String, String> poll = Map.of("grant_type", "device_code", "client_id", "public-app",
                "device_code", dc.get("device_code").asText(), "client_info", "1");
        ApiResponse pending = post("/organizations/oauth2/v2.0/token", poll);
        assertThat(pending.status()).isEqualTo(400);
        assertThat(json(pending).get("error").asText()).isEqualTo("authorization_pending");

        assertThat(identity.approveDeviceCode(dc.get("user_code").asText().toLowerCase(), "ann@contoso.com")).isTrue();
        JsonNode tokens = json(post("/organizations/oauth2/v2.0/token", poll));
        assertThat(tokens.get("scope").asText()).isEqualTo("Contacts.ReadWrite openid profile");
        assertThat(tokens.get("refresh_token").asText()).isNotBlank();
        Jwt.Parsed idToken = Jwt.parse(tokens.get("id_token").asText());
        assertThat(idToken.claimText("preferred_username")).isEqualTo("ann@contoso.com");
        assertThat(idToken.claimText("aud")).isEqualTo("public-app");
        JsonNode clientInfo = Jwt.JSON.readTree(Jwt.fromBase64Url(tokens.get("client_info").asText()));
        assertThat(clientInfo.get("uid").asText()).isEqualTo(idToken.claimText("oid"));
        assertThat(clientInfo.get("utid").asText()).isEqualTo(idToken.claimText("tid"));
        TokenRegistry.IssuedToken issued = identity.validate(tokens.get("access_token").asText()).orElseThrow();
        assertThat(issued.user()).isEqualTo("ann@contoso.com");
        assertThat(Jwt.parse(issued.token()).claimText("scp")).isEqualTo("Contacts.ReadWrite");

        assertThat(json(post("/organizations/oauth2/v2.0/token", poll)).get("error").asText())
                .isEqualTo("invalid_grant");
        assertThat(identity.tokensIssued(Grant.DEVICE_CODE)).isEqualTo(1);
        assertThat(identity.deviceCodeRequests()).isEqualTo(1);
    }

    @Test
    void deviceCodeCanBeDeclinedOrExpire() throws Exception {
        JsonNode declined = startDeviceCode();
        identity.declineDeviceCode(declined.get("user_code").asText());
        assertThat(json(pollDeviceCode(declined)).get("error").asText()).isEqualTo("authorization_declined");

        JsonNode late = startDeviceCode();
        clock.advance(Duration.ofMinutes(16));
        assertThat(identity.approveDeviceCode(late.get("user_code").asText(), "ann@contoso.com")).isFalse();
        JsonNode expired = json(pollDeviceCode(late));
        assertThat(expired.get("error").asText()).isEqualTo("expired_token");
        assertThat(expired.get("error_codes").get(0).asInt()).isEqualTo(70020);
    }

    @Test
    void autoApprovalSignsInAtOnce() throws Exception {
        identity.autoApproveDeviceCodes("bob@contoso.com");
        JsonNode tokens = json(pollDeviceCode(startDeviceCode()));
        assertThat(identity.validate(tokens.get("access_token").asText()).orElseThrow().user())
                .isEqualTo("bob@contoso.com");
    }

    @Test
    void registeredAppsNeedPublicClientFlowsForDeviceCode() throws Exception {
        identity.registerClient("confidential-app", "s");
        ApiResponse refused = post("/organizations/oauth2/v2.0/devicecode", Map.of("client_id", "confidential-app",
                "scope", "Contacts.Read offline_access"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(errorCode(refused)).isEqualTo(7000218);

        identity.registerPublicClient("public-app");
        assertThat(startDeviceCode().get("device_code").asText()).isNotBlank();
    }

    @Test
    void deviceLoginPageApprovesTheCode() throws Exception {
        JsonNode dc = startDeviceCode();
        ApiResponse page = identity.handler().handle(new ApiRequest("GET", "/common/oauth2/deviceauth", null,
                Map.of("Host", List.of(HOST)), null, null));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<form");

        ApiResponse approved = post("/common/oauth2/deviceauth", Map.of("user_code", dc.get("user_code").asText(),
                "username", "carol@contoso.com", "action", "approve"));
        assertThat(approved.status()).isEqualTo(200);
        JsonNode tokens = json(pollDeviceCode(dc));
        assertThat(identity.validate(tokens.get("access_token").asText()).orElseThrow().user())
                .isEqualTo("carol@contoso.com");
    }

    // --- refresh tokens and token lifetime ---

    @Test
    void refreshTokensRedeemUntilExpiredOrRevoked() throws Exception {
        identity.autoApproveDeviceCodes("ann@contoso.com");
        JsonNode first = json(pollDeviceCode(startDeviceCode()));
        Map<String, String> refresh = Map.of("grant_type", "refresh_token", "client_id", "public-app",
                "refresh_token", first.get("refresh_token").asText(),
                "scope", "Contacts.ReadWrite openid profile offline_access");

        JsonNode second = json(post("/organizations/oauth2/v2.0/token", refresh));
        assertThat(second.get("access_token").asText()).isNotEqualTo(first.get("access_token").asText());
        assertThat(second.get("refresh_token").asText()).isNotEqualTo(first.get("refresh_token").asText());
        assertThat(identity.tokensIssued(Grant.REFRESH_TOKEN)).isEqualTo(1);

        Map<String, String> wrongClient = new LinkedHashMap<>(refresh);
        wrongClient.put("client_id", "other-app");
        assertThat(json(post("/organizations/oauth2/v2.0/token", wrongClient)).get("error").asText())
                .isEqualTo("invalid_grant");

        identity.expireRefreshTokens();
        JsonNode expired = json(post("/organizations/oauth2/v2.0/token", refresh));
        assertThat(expired.get("error").asText()).isEqualTo("invalid_grant");
        assertThat(expired.get("error_codes").get(0).asInt()).isEqualTo(700082);

        JsonNode third = json(pollDeviceCode(startDeviceCode()));
        identity.revokeRefreshTokens();
        Map<String, String> revoked = new LinkedHashMap<>(refresh);
        revoked.put("refresh_token", third.get("refresh_token").asText());
        assertThat(errorCode(post("/organizations/oauth2/v2.0/token", revoked))).isEqualTo(50173);
    }

    @Test
    void accessTokensExpireAndCanBeRevoked() throws Exception {
        identity.setTokenLifetime(Duration.ofMinutes(10));
        String a = clientCredentialsToken();
        String b = clientCredentialsToken();
        assertThat(json(post(TOKEN_PATH, ccForm())).get("expires_in").asLong()).isEqualTo(600);

        assertThat(identity.revoke(a)).isTrue();
        assertThat(identity.validate(a)).isEmpty();
        assertThat(identity.validate(b)).isPresent();
        clock.advance(Duration.ofMinutes(10));
        assertThat(identity.validate(b)).isEmpty();

        String c = clientCredentialsToken();
        assertThat(identity.revokeAll()).isGreaterThanOrEqualTo(1);
        assertThat(identity.validate(c)).isEmpty();
        assertThat(identity.validate("not-issued")).isEmpty();
    }

    @Test
    void discoveryDocumentsPointAtThisHost() throws Exception {
        JsonNode oidc = json(identity.handler().handle(new ApiRequest("GET",
                "/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration", null,
                Map.of("Host", List.of(HOST)), null, null)));
        assertThat(oidc.get("token_endpoint").asText()).isEqualTo(TOKEN_URL);
        assertThat(oidc.get("device_authorization_endpoint").asText())
                .isEqualTo("https://" + HOST + "/contoso.onmicrosoft.com/oauth2/v2.0/devicecode");

        JsonNode instance = json(identity.handler().handle(new ApiRequest("GET", "/common/discovery/instance",
                "api-version=1.1&authorization_endpoint=https%3A%2F%2F" + HOST + "%2Fcontoso%2Foauth2%2Fv2.0%2Fauthorize",
                Map.of("Host", List.of(HOST)), null, null)));
        assertThat(instance.get("tenant_discovery_endpoint").asText())
                .isEqualTo("https://" + HOST + "/contoso/v2.0/.well-known/openid-configuration");
        assertThat(instance.get("metadata").get(0).get("preferred_network").asText()).isEqualTo(HOST);
        assertThat(identity.discoveryRequests()).isEqualTo(2);

        identity.resetCounters();
        assertThat(identity.discoveryRequests()).isZero();
    }

    // --- helpers ---

    private JsonNode startDeviceCode() throws Exception {
        return json(post("/organizations/oauth2/v2.0/devicecode", Map.of("client_id", "public-app",
                "scope", "Contacts.ReadWrite openid profile offline_access")));
    }

    private ApiResponse pollDeviceCode(JsonNode dc) {
        return post("/organizations/oauth2/v2.0/token", Map.of("grant_type", "device_code", "client_id",
                "public-app", "device_code", dc.get("device_code").asText()));
    }

    private Map<String, String> ccForm() {
        return Map.of("grant_type", "client_credentials", "client_id", "app", "client_secret", "s", "scope",
                GRAPH_SCOPE);
    }

    private String clientCredentialsToken() throws Exception {
        return json(post(TOKEN_PATH, ccForm())).get("access_token").asText();
    }

    private static Map<String, String> assertionForm(String clientId, String assertion) {
        return Map.of("grant_type", "client_credentials", "client_id", clientId, "scope", GRAPH_SCOPE,
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion);
    }

    private ApiResponse post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Map<String, List<String>> h = new LinkedHashMap<>();
        h.put("Host", List.of(HOST));
        h.put("Content-Type", List.of("application/x-www-form-urlencoded; charset=UTF-8"));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.put(headers[i], List.of(headers[i + 1]));
        }
        return identity.handler().handle(new ApiRequest("POST", path, null, h,
                body.getBytes(StandardCharsets.UTF_8), null));
    }

    private static JsonNode json(ApiResponse response) throws Exception {
        return Jwt.JSON.readTree(response.body());
    }

    private static int errorCode(ApiResponse response) throws Exception {
        return json(response).get("error_codes").get(0).asInt();
    }
}
