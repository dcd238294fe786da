package io.github.outlookcontacts.emulator.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access and refresh tokens the emulator issued, with their lifetimes; revoking or expiring them is how tests
 * simulate a token that Graph no longer honours.
 */
final class TokenStore {

    /** A refresh token and what it may be redeemed for; {@code expiresAt} slides on every use, like Entra's. */
    static final class RefreshEntry {
        final String clientId;
        final String user;
        final String tenantId;
        final String scope;
        final Instant issuedAt;
        volatile Instant expiresAt;
        volatile boolean revoked;

        RefreshEntry(String clientId, String user, String tenantId, String scope, Instant issuedAt,
                     Instant expiresAt) {
            this.clientId = clientId;
            this.user = user;
            this.tenantId = tenantId;
            this.scope = scope;
            this.issuedAt = issuedAt;
            this.expiresAt = expiresAt;
        }
    }

    /** The result of redeeming a refresh token. */
    record Redeemed(RefreshEntry entry, IdentityError error) {
    }

    private final Map<String, TokenRegistry.IssuedToken> access = new ConcurrentHashMap<>();
    private final Map<String, RefreshEntry> refresh = new ConcurrentHashMap<>();
    private volatile Duration accessLifetime = Duration.ofSeconds(3599);
    private volatile Duration refreshLifetime = Duration.ofDays(90);

    void accessLifetime(Duration lifetime) {
        this.accessLifetime = lifetime;
    }

    Duration accessLifetime() {
        return accessLifetime;
    }

    void refreshLifetime(Duration lifetime) {
        this.refreshLifetime = lifetime;
    }

    /**
     * Issues a JWT-shaped Graph access token; {@code user} is null for an app-only token. {@code permissions} become
     * its {@code roles} (app-only) or {@code scp} (delegated) claim.
     */
    TokenRegistry.IssuedToken issueAccess(String clientId, String user, String tenantId, String audience,
            List<String> permissions, Instant now) {
        if (access.size() > 10_000) {
            access.values().removeIf(t -> !t.expiresAt().isAfter(now));
        }
        Instant expires = now.plus(accessLifetime);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audience);
        claims.put("iss", "https://sts.windows.net/" + tenantId + "/");
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        claims.put("appid", clientId);
        claims.put("tid", tenantId);
        claims.put("uti", Jwt.randomToken(16));
        claims.put("ver", "1.0");
        if (user == null) {
            claims.put("idtyp", "app");
            claims.put("oid", Identities.servicePrincipalId(clientId));
            claims.put("roles", permissions.toArray(new String[0]));
        } else {
            claims.put("idtyp", "user");
            claims.put("oid", Identities.userObjectId(user));
            claims.put("upn", user);
            claims.put("unique_name", user);
            claims.put("scp", Consents.joined(permissions));
        }
        Map<String, Object> header = Map.of("typ", "JWT", "alg", "RS256", "kid", "emulator");
        String token = Jwt.opaque(header, claims);
        TokenRegistry.IssuedToken issued = new TokenRegistry.IssuedToken(token, clientId, user, expires,
                Set.copyOf(permissions));
        access.put(token, issued);
        return issued;
    }

    String issueRefresh(String clientId, String user, String tenantId, String scope, Instant now) {
        if (refresh.size() > 10_000) {
            refresh.values().removeIf(r -> !r.expiresAt.isAfter(now));
        }
        // Entra's refresh tokens are opaque, not JWTs.
        String token = "0.emulator." + UUID.randomUUID() + "." + Jwt.randomToken(48);
        refresh.put(token, new RefreshEntry(clientId, user, tenantId, scope, now, now.plus(refreshLifetime)));
        return token;
    }

    Optional<TokenRegistry.IssuedToken> validate(String token, Instant now) {
        TokenRegistry.IssuedToken issued = token == null ? null : access.get(token);
        return issued != null && issued.expiresAt().isAfter(now) ? Optional.of(issued) : Optional.empty();
    }

    boolean revoke(String token) {
        return token != null && access.remove(token) != null;
    }

    int revokeAll() {
        int n = access.size();
        access.clear();
        return n;
    }

    /** Makes every refresh token issued so far expired, as after 90 days without use. */
    int expireRefreshTokens(Instant now) {
        refresh.values().forEach(r -> r.expiresAt = now);
        return refresh.size();
    }

    /** Revokes every refresh token, as after a password reset or an admin's revokeSignInSessions. */
    int revokeRefreshTokens() {
        refresh.values().forEach(r -> r.revoked = true);
        return refresh.size();
    }

    Redeemed redeem(String token, String clientId, Instant now) {
        RefreshEntry entry = token == null ? null : refresh.get(token);
        if (entry == null || !entry.clientId.equalsIgnoreCase(clientId)) {
            return new Redeemed(null, IdentityError.invalidGrant(9002313,
                    "Invalid request. Request is malformed or invalid."));
        }
        if (entry.revoked) {
            return new Redeemed(null, IdentityError.invalidGrant(50173, "The provided grant has expired due to it"
                    + " being revoked, a fresh auth token is needed. The user might have changed or reset their"
                    + " password. The grant was issued on '" + entry.issuedAt + "'."));
        }
        if (!entry.expiresAt.isAfter(now)) {
            return new Redeemed(null, IdentityError.invalidGrant(700082, "The refresh token has expired due to"
                    + " inactivity. The token was issued on " + entry.issuedAt + " and was inactive for "
                    + refreshLifetime + "."));
        }
        return new Redeemed(entry, null);
    }
}
