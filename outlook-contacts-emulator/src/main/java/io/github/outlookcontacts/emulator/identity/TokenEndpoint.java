package io.github.outlookcontacts.emulator.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token}: client credentials (secret or certificate assertion), device-code
 * polling and refresh tokens, answering like Entra ID (token JSON, or an AADSTS error body).
 */
final class TokenEndpoint {

    private final ClientAuthenticator clients;
    private final DeviceAuthorizations devices;
    private final TokenStore tokens;
    private final IdentityCounters counters;
    private final Consents consents;
    private final Clock clock;

    TokenEndpoint(ClientAuthenticator clients, DeviceAuthorizations devices, TokenStore tokens,
                  IdentityCounters counters, Consents consents, Clock clock) {
        this.consents = consents;
        this.clients = clients;
        this.devices = devices;
        this.tokens = tokens;
        this.counters = counters;
        this.clock = clock;
    }

    ApiResponse handle(ApiRequest request, String tenant) {
        counters.tokenRequests.increment();
        Map<String, String> form = IdentityPaths.form(request);
        String endpoint = IdentityPaths.origin(request) + request.rawPath();
        Instant now = clock.instant();
        String grantType = form.get("grant_type");
        Object outcome;
        if (grantType == null || grantType.isBlank()) {
            outcome = IdentityError.missingParameter("grant_type");
        } else {
            Grant grant = Grant.of(grantType);
            outcome = grant == null ? new IdentityError(400, "unsupported_grant_type", 70003,
                    "The app requested an unsupported grant type '" + grantType + "'.")
                    : switch (grant) {
                        case CLIENT_CREDENTIALS -> clientCredentials(form, tenant, endpoint, now);
                        case DEVICE_CODE -> deviceCode(form, tenant, endpoint, request, now);
                        case REFRESH_TOKEN -> refreshToken(form, tenant, endpoint, request, now);
                    };
            if (outcome instanceof Map<?, ?>) {
                counters.issued(grant);
            }
        }
        if (outcome instanceof IdentityError error) {
            counters.failedTokenRequests.increment();
            return error.toResponse(request, clock);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) outcome;
        return IdentityError.json(200, body);
    }

    private Object clientCredentials(Map<String, String> form, String tenant, String endpoint, Instant now) {
        IdentityError error = clients.confidential(form, tenant, endpoint, now);
        if (error != null) {
            return error;
        }
        String requested = form.getOrDefault("scope", "").trim();
        if (requested.isEmpty()) {
            return IdentityError.missingParameter("scope");
        }
        // msal4j adds openid, profile and offline_access to every request; Entra ignores them here.
        String scope = Identities.resourceScopes(requested);
        if (scope.isEmpty() || scope.contains(" ") || !scope.endsWith("/.default")) {
            return new IdentityError(400, "invalid_scope", 1002012, "The provided value for scope " + requested
                    + " is not valid. Client credential flows must have a scope value with /.default suffixed to"
                    + " the resource identifier (application ID URI).");
        }
        String audience = scope.substring(0, scope.length() - "/.default".length());
        TokenRegistry.IssuedToken token = tokens.issueAccess(form.get("client_id"), null,
                Identities.tenantId(tenant), audience, consents.roles(form.get("client_id")), now);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "Bearer");
        body.put("expires_in", tokens.accessLifetime().toSeconds());
        body.put("ext_expires_in", tokens.accessLifetime().toSeconds());
        body.put("access_token", token.token());
        return body;
    }

    private Object deviceCode(Map<String, String> form, String tenant, String endpoint, ApiRequest request,
            Instant now) {
        IdentityError error = clients.publicOrConfidential(form, tenant, endpoint, now);
        if (error != null) {
            return error;
        }
        String code = form.get("device_code");
        if (code == null || code.isBlank()) {
            return IdentityError.missingParameter("device_code");
        }
        DeviceAuthorizations.Poll poll = devices.poll(code, form.get("client_id"), now);
        if (poll.error() != null) {
            return poll.error();
        }
        DeviceAuthorizations.Authorization a = poll.approved();
        return delegated(request, a.clientId, a.user, Identities.tenantId(a.tenant), a.scope, now);
    }

    private Object refreshToken(Map<String, String> form, String tenant, String endpoint, ApiRequest request,
            Instant now) {
        IdentityError error = clients.publicOrConfidential(form, tenant, endpoint, now);
        if (error != null) {
            return error;
        }
        String token = form.get("refresh_token");
        if (token == null || token.isBlank()) {
            return IdentityError.missingParameter("refresh_token");
        }
        TokenStore.Redeemed redeemed = tokens.redeem(token, form.get("client_id"), now);
        if (redeemed.error() != null) {
            return redeemed.error();
        }
        TokenStore.RefreshEntry entry = redeemed.entry();
        String scope = form.getOrDefault("scope", entry.scope);
        return delegated(request, entry.clientId, entry.user, entry.tenantId,
                scope.isBlank() ? entry.scope : scope, now);
    }

    private Map<String, Object> delegated(ApiRequest request, String clientId, String user, String tenantId,
            String scope, Instant now) {
        TokenRegistry.IssuedToken access = tokens.issueAccess(clientId, user, tenantId, Identities.audienceOf(scope),
                consents.scopes(clientId, scope), now);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "Bearer");
        body.put("scope", Identities.resourceScopes(scope)
                + (Identities.hasScope(scope, "openid") ? " openid profile" : ""));
        body.put("expires_in", tokens.accessLifetime().toSeconds());
        body.put("ext_expires_in", tokens.accessLifetime().toSeconds());
        body.put("access_token", access.token());
        if (Identities.hasScope(scope, "offline_access")) {
            body.put("refresh_token", tokens.issueRefresh(clientId, user, tenantId, scope, now));
        }
        if (Identities.hasScope(scope, "openid")) {
            body.put("id_token", idToken(request, clientId, user, tenantId, now));
        }
        String oid = Identities.userObjectId(user);
        body.put("client_info", Jwt.encodeJson(Map.of("uid", oid, "utid", tenantId)));
        return body;
    }

    private String idToken(ApiRequest request, String clientId, String user, String tenantId, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", clientId);
        claims.put("iss", IdentityPaths.origin(request) + "/" + tenantId + "/v2.0");
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plus(tokens.accessLifetime()).getEpochSecond());
        claims.put("name", user);
        claims.put("oid", Identities.userObjectId(user));
        claims.put("preferred_username", user);
        claims.put("sub", Identities.userObjectId(user));
        claims.put("tid", tenantId);
        claims.put("ver", "2.0");
        return Jwt.opaque(Map.of("typ", "JWT", "alg", "RS256", "kid", "emulator"), claims);
    }
}
