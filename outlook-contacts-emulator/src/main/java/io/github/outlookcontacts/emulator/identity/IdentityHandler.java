package io.github.outlookcontacts.emulator.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.identity.IdentityPaths.Endpoint;

/**
 * Routes identity-platform requests: token, device code, the device sign-in page, and the two discovery documents
 * (msal4j fetches neither when built with {@code instanceDiscovery(false)}; they are served for other clients).
 */
final class IdentityHandler implements ApiHandler {

    private final TokenEndpoint tokenEndpoint;
    private final ClientAuthenticator clients;
    private final DeviceAuthorizations devices;
    private final IdentityCounters counters;
    private final Clock clock;

    IdentityHandler(TokenEndpoint tokenEndpoint, ClientAuthenticator clients, DeviceAuthorizations devices,
                    IdentityCounters counters, Clock clock) {
        this.tokenEndpoint = tokenEndpoint;
        this.clients = clients;
        this.devices = devices;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        IdentityPaths.Route route = IdentityPaths.route(request.rawPath());
        Endpoint endpoint = route.endpoint();
        if ((endpoint == Endpoint.TOKEN || endpoint == Endpoint.DEVICE_CODE) && !"POST".equals(request.method())) {
            return IdentityError.invalidRequest(900561, "The endpoint only accepts POST, OPTIONS requests. Received a "
                    + request.method() + " request.").toResponse(request, clock);
        }
        return switch (endpoint) {
            case TOKEN -> tokenEndpoint.handle(request, route.tenant());
            case DEVICE_CODE -> deviceCode(request, route.tenant());
            case DEVICE_LOGIN -> DeviceLoginPage.handle(request, devices, clock);
            case OPENID_CONFIGURATION -> openIdConfiguration(request, route.tenant());
            case INSTANCE_DISCOVERY -> instanceDiscovery(request);
            case UNKNOWN -> new ApiResponse(404, "Not Found".getBytes(StandardCharsets.UTF_8))
                    .header("Content-Type", "text/plain; charset=utf-8");
        };
    }

    private ApiResponse deviceCode(ApiRequest request, String tenant) {
        counters.deviceCodeRequests.increment();
        Map<String, String> form = IdentityPaths.form(request);
        String clientId = form.get("client_id");
        IdentityError error = clients.deviceCodeClient(clientId, tenant);
        if (error == null && (form.get("scope") == null || form.get("scope").isBlank())) {
            error = IdentityError.missingParameter("scope");
        }
        if (error != null) {
            return error.toResponse(request, clock);
        }
        DeviceAuthorizations.Authorization a = devices.start(clientId, tenant, form.get("scope"), clock.instant());
        String verificationUri = IdentityPaths.origin(request) + "/common/oauth2/deviceauth";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user_code", a.userCode);
        body.put("device_code", a.deviceCode);
        body.put("verification_uri", verificationUri);
        body.put("expires_in", devices.lifetime().toSeconds());
        body.put("interval", devices.interval().toSeconds());
        body.put("message", "To sign in, use a web browser to open the page " + verificationUri
                + " and enter the code " + a.userCode + " to authenticate.");
        return IdentityError.json(200, body);
    }

    private ApiResponse openIdConfiguration(ApiRequest request, String tenant) {
        counters.discoveryRequests.increment();
        String origin = IdentityPaths.origin(request);
        String base = origin + "/" + tenant;
        boolean multiTenant = List.of("common", "organizations", "consumers").contains(tenant);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_endpoint", base + "/oauth2/v2.0/token");
        body.put("token_endpoint_auth_methods_supported",
                List.of("client_secret_post", "private_key_jwt", "client_secret_basic"));
        body.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        body.put("subject_types_supported", List.of("pairwise"));
        body.put("id_token_signing_alg_values_supported", List.of("RS256"));
        body.put("response_types_supported", List.of("code", "id_token", "code id_token", "id_token token"));
        body.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
        body.put("issuer", origin + "/" + (multiTenant ? "{tenantid}" : Identities.tenantId(tenant)) + "/v2.0");
        body.put("request_uri_parameter_supported", false);
        body.put("authorization_endpoint", base + "/oauth2/v2.0/authorize");
        body.put("device_authorization_endpoint", base + "/oauth2/v2.0/devicecode");
        body.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "preferred_username",
                "name", "tid", "ver", "oid"));
        body.put("tenant_region_scope", null);
        body.put("cloud_instance_name", "microsoftonline.com");
        body.put("msgraph_host", "graph.microsoft.com");
        return IdentityError.json(200, body);
    }

    private ApiResponse instanceDiscovery(ApiRequest request) {
        counters.discoveryRequests.increment();
        String origin = IdentityPaths.origin(request);
        String host = origin.substring("https://".length());
        String authorize = request.query().getOrDefault("authorization_endpoint", "");
        String tenant = "common";
        String[] parts = authorize.split("/");
        if (parts.length > 3 && !parts[3].isEmpty()) {
            tenant = parts[3];
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("preferred_network", host);
        metadata.put("preferred_cache", host);
        metadata.put("aliases", List.of(host));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenant_discovery_endpoint", origin + "/" + tenant + "/v2.0/.well-known/openid-configuration");
        body.put("api-version", "1.1");
        body.put("metadata", List.of(metadata));
        return IdentityError.json(200, body);
    }
}
