package io.github.outlookcontacts.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Common behaviour of the msal4j-backed providers. msal4j keeps the token cache (one application instance per
 * provider); this class adds a lock-free fast path that returns the last token while it has more than msal4j's own
 * five-minute margin left, so a Graph request costs no msal4j call (msal4j runs every call on an executor), and it
 * turns msal4j failures into {@link AuthenticationException}s that name the flow, tenant and client but no secret.
 */
abstract class MsalTokenProvider implements AccessTokenProvider {

    /** msal4j refreshes a cached token that has less than this left; the fast path uses the same margin. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    /** Forced refreshes this close together are one: concurrent 401s of the same token refresh it once. */
    static final Duration REFRESH_COALESCING = Duration.ofSeconds(2);
    /** When a routine refresh fails, a token with at least this much life left is still handed out. */
    static final Duration STALE_TOKEN_GRACE = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(MsalTokenProvider.class);

    private record CachedToken(String token, Instant expiresOn, Instant refreshAfter) {
    }

    protected final AuthFlow flow;
    protected final String tenant;
    protected final String clientId;
    protected final String authorityHost;
    private final SecretRedactor redactor;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile CachedToken cached;
    private Instant lastForcedRefresh;

    MsalTokenProvider(AuthFlow flow, String tenant, String clientId, String authorityHost, SecretRedactor redactor,
                      Clock clock) {
        this.flow = flow;
        this.tenant = tenant;
        this.clientId = clientId;
        this.authorityHost = authorityHost;
        this.redactor = redactor;
        this.clock = clock;
    }

    /** Obtains a token through msal4j: from its cache unless {@code forceRefresh}, else over the network. */
    protected abstract IAuthenticationResult acquire(boolean forceRefresh);

    @Override
    public final String getAccessToken() {
        CachedToken c = cached;
        if (c != null && clock.instant().isBefore(c.refreshAfter)) {
            return c.token;
        }
        synchronized (lock) {
            c = cached;
            Instant now = clock.instant();
            if (c != null && now.isBefore(c.refreshAfter)) {
                return c.token;
            }
            try {
                return remember(acquire(false));
            } catch (AuthenticationException e) {
                if (c != null && c.expiresOn.isAfter(now.plus(STALE_TOKEN_GRACE))) {
                    LOG.warn("Could not refresh the access token early ({}); the current one is valid until {}: {}",
                            flow.description(), c.expiresOn, e.getMessage());
                    return c.token;
                }
                throw e;
            }
        }
    }

    @Override
    public final String refreshAccessToken() {
        synchronized (lock) {
            Instant now = clock.instant();
            CachedToken c = cached;
            if (c != null && lastForcedRefresh != null && now.isBefore(lastForcedRefresh.plus(REFRESH_COALESCING))) {
                return c.token;
            }
            LOG.debug("Forcing a new access token ({}, client id {})", flow.description(), clientId);
            String token = remember(acquire(true));
            lastForcedRefresh = clock.instant();
            return token;
        }
    }

    @Override
    public final Optional<Instant> tokenExpiry() {
        CachedToken c = cached;
        return c == null ? Optional.empty() : Optional.of(c.expiresOn);
    }

    private String remember(IAuthenticationResult result) {
        Instant expiresOn = result.expiresOnDate().toInstant();
        Instant refreshAfter = expiresOn.minus(REFRESH_MARGIN);
        Long refreshOn = result.metadata() == null ? null : result.metadata().refreshOn();
        if (refreshOn != null && refreshOn > 0 && Instant.ofEpochSecond(refreshOn).isBefore(refreshAfter)) {
            refreshAfter = Instant.ofEpochSecond(refreshOn);
        }
        cached = new CachedToken(result.accessToken(), expiresOn, refreshAfter);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Access token ready ({}, client id {}, from {}), expires {}", flow.description(), clientId,
                    result.metadata() == null ? "?" : result.metadata().tokenSource(), expiresOn);
        }
        return result.accessToken();
    }

    /** Waits for an msal4j call; failures become {@link AuthenticationException}s, interrupts cancel the call. */
    protected final <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new AuthenticationException(describe() + ": interrupted while waiting for a token");
        } catch (ExecutionException | CancellationException e) {
            throw failure(e.getCause() == null ? e : e.getCause());
        }
    }

    /** A sanitized {@link AuthenticationException} for an msal4j (or other) failure. */
    protected final AuthenticationException failure(Throwable error) {
        String code = error instanceof MsalException m ? m.errorCode() : null;
        Integer status = error instanceof MsalServiceException s ? s.statusCode() : null;
        String detail = redactor.redact(String.valueOf(error.getMessage()));
        String message = describe() + ": " + detail + (code == null ? "" : " [error " + code
                + (status == null ? "" : ", HTTP " + status) + "]");
        return new AuthenticationException(message, code, status, RedactedException.of(error, redactor));
    }

    protected final String redact(String text) {
        return redactor.redact(text);
    }

    /** "Could not get an access token with FLOW (tenant T, client id C, authority A)". */
    protected final String describe() {
        return "Could not get an access token with " + flow.description() + " (tenant " + tenant + ", client id "
               + clientId + ", authority " + authorityHost + ")";
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[tenant=" + tenant + ", clientId=" + clientId + ", authorityHost="
               + authorityHost + "]";
    }
}
