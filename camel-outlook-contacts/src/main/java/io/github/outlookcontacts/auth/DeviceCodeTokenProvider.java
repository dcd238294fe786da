package io.github.outlookcontacts.auth;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import com.microsoft.aad.msal4j.DeviceCode;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delegated tokens for a person's own mailbox ({@code user=me}) with the device-code flow: the first sign-in shows a
 * code (in the log and to an optional listener) that the person enters in a browser; later tokens come silently
 * from msal4j's cache, refreshed with the refresh token, and with {@code tokenCachePath} the cache survives
 * restarts. When the refresh token has expired or was revoked, a new device code is shown.
 *
 * <p>A sign-in blocks the calling thread until the person completes it or the code expires (15 minutes).
 */
final class DeviceCodeTokenProvider extends MsalTokenProvider {

    static final String DEFAULT_TENANT = "organizations";
    private static final Logger LOG = LoggerFactory.getLogger(DeviceCodeTokenProvider.class);

    private final PublicClientApplication application;
    private final Set<String> scopes;
    private final Consumer<String> listener;
    private final Path cacheFile;

    DeviceCodeTokenProvider(AuthSettings settings) {
        super(AuthFlow.DEVICE_CODE, tenantOf(settings), settings.clientId(), settings.authorityHost(),
                new SecretRedactor(), Clock.systemUTC());
        this.scopes = Scopes.delegated(settings, Clouds.defaultDelegatedScopes(settings.graphBaseUrl()));
        this.listener = settings.deviceCodeListener();
        PublicClientApplication.Builder builder = MsalApps.configure(
                PublicClientApplication.builder(settings.clientId()), settings, tenant);
        if (AuthFlow.isSet(settings.tokenCachePath())) {
            FileTokenCache cache = new FileTokenCache(Path.of(settings.tokenCachePath()));
            builder.setTokenCacheAccessAspect(cache);
            this.cacheFile = cache.file();
        } else {
            this.cacheFile = null;
        }
        this.application = builder.build();
    }

    static String tenantOf(AuthSettings settings) {
        return AuthFlow.isSet(settings.tenantId()) ? settings.tenantId() : DEFAULT_TENANT;
    }

    @Override
    protected IAuthenticationResult acquire(boolean forceRefresh) {
        IAccount account = account();
        if (account != null) {
            SilentParameters.SilentParametersBuilder silent = SilentParameters.builder(scopes, account)
                    .forceRefresh(forceRefresh);
            try {
                return application.acquireTokenSilently(silent.build()).get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (!needsSignIn(cause)) {
                    throw failure(cause);
                }
                LOG.info("The saved sign-in (client id {}) can no longer be refreshed ({}); a new device-code"
                        + " sign-in is needed", clientId, redact(((com.microsoft.aad.msal4j.MsalException) cause)
                        .errorCode()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AuthenticationException(describe() + ": interrupted while waiting for a token");
            } catch (java.net.MalformedURLException | RuntimeException e) {
                throw failure(e);
            }
        }
        return signIn();
    }

    private IAuthenticationResult signIn() {
        DeviceCodeFlowParameters parameters = DeviceCodeFlowParameters.builder(scopes, this::announce).build();
        CompletableFuture<IAuthenticationResult> future;
        try {
            future = application.acquireToken(parameters);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        IAuthenticationResult result = await(future);
        LOG.info("Signed in with a device code (client id {}){}", clientId,
                cacheFile == null ? "; set tokenCachePath to stay signed in across restarts"
                        : "; token cache saved to " + cacheFile);
        return result;
    }

    private void announce(DeviceCode code) {
        LOG.info("Sign-in required for Outlook contacts (client id {}): {}", clientId, code.message());
        if (listener != null) {
            try {
                listener.accept(code.message());
            } catch (RuntimeException e) {
                LOG.warn("The device-code listener failed: {}", e.toString());
            }
        }
    }

    private IAccount account() {
        try {
            Set<IAccount> accounts = application.getAccounts().get();
            return accounts.stream().min(Comparator.comparing(a -> String.valueOf(a.username()))).orElse(null);
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationException(describe() + ": interrupted while reading the token cache");
        }
    }

    /** The refresh token is gone, expired or revoked: only an interactive sign-in helps. */
    private static boolean needsSignIn(Throwable error) {
        return error instanceof MsalInteractionRequiredException
               || (error instanceof MsalClientException c && "cache_miss".equals(c.errorCode()));
    }

    @Override
    public String toString() {
        return "DeviceCodeTokenProvider[tenant=" + tenant + ", clientId=" + clientId + ", authorityHost="
               + authorityHost + ", tokenCache=" + cacheFile + "]";
    }
}
