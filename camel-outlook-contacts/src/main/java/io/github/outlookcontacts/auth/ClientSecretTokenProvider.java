package io.github.outlookcontacts.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;

/** App-only tokens for an app registration that authenticates with a client secret. */
final class ClientSecretTokenProvider extends ClientCredentialsTokenProvider {

    ClientSecretTokenProvider(AuthSettings settings) {
        super(AuthFlow.CLIENT_SECRET, settings, ClientCredentialFactory.createFromSecret(settings.clientSecret()),
                new SecretRedactor(settings.clientSecret()));
    }
}
