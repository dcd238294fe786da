package io.github.outlookcontacts.emulator.identity;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.Principal;

/**
 * The emulator's Microsoft identity platform: {@code /{tenant}/oauth2/v2.0/token} (client credentials with a secret
 * or a certificate assertion, device-code polling, refresh tokens), {@code /devicecode}, a device sign-in page and
 * the discovery documents, answering the way msal4j expects; plus the registry of issued tokens that strict mode
 * checks.
 *
 * <p>Lenient by default: until a client is registered, any client id with any secret (or any well-formed
 * certificate assertion) gets a token, so demos need no set-up. Registering a client switches to Entra ID's rules:
 * unknown apps and wrong credentials are refused with the same AADSTS errors.
 */
public final class IdentityService implements TokenRegistry {

    private final Clock clock;
    private final ClientRegistry clients = new ClientRegistry();
    private final DeviceAuthorizations devices = new DeviceAuthorizations();
    private final TokenStore tokens = new TokenStore();
    private final IdentityCounters counters = new IdentityCounters();
    private final Consents consents = new Consents();
    private final ApiHandler handler;

    public IdentityService() {
        this(Clock.systemUTC());
    }

    /** With a clock of the test's choosing (token and device-code lifetimes are measured on it). */
    public IdentityService(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        ClientAuthenticator authenticator = new ClientAuthenticator(clients);
        TokenEndpoint tokenEndpoint = new TokenEndpoint(authenticator, devices, tokens, counters, consents,
                clock);
        this.handler = new IdentityHandler(tokenEndpoint, authenticator, devices, counters, clock);
    }

    /** Serves the identity endpoints; the emulator routes {@code /{tenant}/oauth2/...} and discovery paths here. */
    public ApiHandler handler() {
        return handler;
    }

    // --- app registrations ---

    /** Registers a confidential app with a client secret (more than one secret per app is allowed). */
    public IdentityService registerClient(String clientId, String secret) {
        clients.registerSecret(clientId, secret);
        return this;
    }

    /** Registers a confidential app that authenticates with a certificate (its assertions are verified with it). */
    public IdentityService registerCertificateClient(String clientId, X509Certificate certificate) {
        clients.registerCertificate(clientId, certificate);
        return this;
    }

    /** Registers an app with "Allow public client flows" on, needed for the device-code flow once registering. */
    public IdentityService registerPublicClient(String clientId) {
        clients.registerPublicClient(clientId);
        return this;
    }

    /** Forgets every registration and granted permission: back to lenient mode. */
    public IdentityService clearClients() {
        clients.clear();
        consents.clear();
        return this;
    }

    // --- granted Graph permissions (what strict mode checks) ---

    /**
     * The application permissions an admin consented to for this app, e.g. {@code "Contacts.Read"}: the
     * {@code roles} of its app-only tokens from now on. Without this call an app gets every permission the emulator
     * checks ({@code Contacts.ReadWrite}, {@code User.ReadWrite.All}).
     */
    public IdentityService grantApplicationPermissions(String clientId, String... permissions) {
        consents.grantApplication(clientId, permissions);
        return this;
    }

    /**
     * The delegated permissions consented for this app, e.g. {@code "Contacts.Read", "User.Read"}: a delegated
     * token's {@code scp} is the scopes the app asked for among these ({@code .default} = all of them). Without this
     * call every scope the emulator checks may be granted, but only the ones asked for are.
     */
    public IdentityService grantDelegatedPermissions(String clientId, String... permissions) {
        consents.grantDelegated(clientId, permissions);
        return this;
    }

    // --- tokens ---

    /** Lifetime of access tokens issued from now on (default 3599 s, reported as {@code expires_in}). */
    public IdentityService setTokenLifetime(Duration lifetime) {
        tokens.accessLifetime(requirePositive(lifetime, "token lifetime"));
        return this;
    }

    /** Inactivity lifetime of refresh tokens issued from now on (default 90 days). */
    public IdentityService setRefreshTokenLifetime(Duration lifetime) {
        tokens.refreshLifetime(requirePositive(lifetime, "refresh token lifetime"));
        return this;
    }

    /** Graph stops honouring this access token (strict mode answers 401); true if it was valid. */
    public boolean revoke(String accessToken) {
        return tokens.revoke(accessToken);
    }

    /** Revokes every access token issued so far; returns how many there were. */
    public int revokeAll() {
        return tokens.revokeAll();
    }

    /** Expires every refresh token issued so far (as after 90 days unused): the next refresh needs a sign-in. */
    public int expireRefreshTokens() {
        return tokens.expireRefreshTokens(clock.instant());
    }

    /** Revokes every refresh token issued so far (as after a password reset). */
    public int revokeRefreshTokens() {
        return tokens.revokeRefreshTokens();
    }

    @Override
    public Optional<IssuedToken> validate(String accessToken) {
        return tokens.validate(accessToken, clock.instant());
    }

    // --- device code ---

    /** Approves every device code as soon as it is requested, signing in as {@code userUpn}; null turns it off. */
    public IdentityService autoApproveDeviceCodes(String userUpn) {
        devices.autoApprove(userUpn);
        return this;
    }

    /** Auto-approval as the emulator's default user ({@value Principal#DEFAULT_USER}). */
    public IdentityService autoApproveDeviceCodes() {
        return autoApproveDeviceCodes(Principal.DEFAULT_USER);
    }

    /** The user entered {@code userCode} and signed in as {@code userUpn}; false if no such pending code. */
    public boolean approveDeviceCode(String userCode, String userUpn) {
        Objects.requireNonNull(userUpn, "userUpn");
        return devices.approve(userCode, userUpn, clock.instant());
    }

    /** The user cancelled the sign-in: the polling client gets {@code authorization_declined}. */
    public boolean declineDeviceCode(String userCode) {
        return devices.decline(userCode, clock.instant());
    }

    /** User codes waiting for approval. */
    public List<String> pendingUserCodes() {
        return devices.pendingUserCodes(clock.instant());
    }

    /** The polling interval announced to clients (default 5 s; whole seconds). */
    public IdentityService setDeviceCodeInterval(Duration interval) {
        devices.interval(Objects.requireNonNull(interval, "interval"));
        return this;
    }

    /** How long a device code stays redeemable (default 15 minutes). */
    public IdentityService setDeviceCodeLifetime(Duration lifetime) {
        devices.lifetime(requirePositive(lifetime, "device code lifetime"));
        return this;
    }

    // --- counters ---

    /** Tokens issued for a grant since start or the last {@link #resetCounters()}. */
    public long tokensIssued(Grant grant) {
        return counters.issuedCount(grant);
    }

    /** Requests to the token endpoint, successful or not. */
    public long tokenRequests() {
        return counters.tokenRequests.sum();
    }

    /** Token requests answered with an error (device-code polls that are still pending included). */
    public long failedTokenRequests() {
        return counters.failedTokenRequests.sum();
    }

    /** Requests to {@code /devicecode}. */
    public long deviceCodeRequests() {
        return counters.deviceCodeRequests.sum();
    }

    /** Requests for the OpenID configuration or instance discovery. */
    public long discoveryRequests() {
        return counters.discoveryRequests.sum();
    }

    public void resetCounters() {
        counters.reset();
    }

    private static Duration requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
        return d;
    }
}
