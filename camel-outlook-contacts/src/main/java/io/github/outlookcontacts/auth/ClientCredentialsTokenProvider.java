package io.github.outlookcontacts.auth;

import java.time.Clock;
import java.util.Set;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;

/**
 * App-only tokens (OAuth 2.0 client credentials) from one msal4j {@link ConfidentialClientApplication}, whose
 * in-memory cache serves every request until the token is within five minutes of expiry.
 */
abstract class ClientCredentialsTokenProvider extends MsalTokenProvider {

    private final ConfidentialClientApplication application;
    private final Set<String> scopes;

    ClientCredentialsTokenProvider(AuthFlow flow, AuthSettings settings, IClientCredential credential,
                                   SecretRedactor redactor) {
        super(flow, settings.tenantId(), settings.clientId(), settings.authorityHost(), redactor, Clock.systemUTC());
        this.scopes = Scopes.resolve(settings, Clouds.defaultAppOnlyScopes(settings.graphBaseUrl()));
        this.application = MsalApps.configure(ConfidentialClientApplication.builder(settings.clientId(), credential),
                settings, settings.tenantId()).build();
    }

    @Override
    protected IAuthenticationResult acquire(boolean forceRefresh) {
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(scopes)
                .skipCache(forceRefresh).build();
        try {
            return await(application.acquireToken(parameters));
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            // msal4j can also throw synchronously (parameter checks).
            throw failure(e);
        }
    }
}
