package io.github.outlookcontacts.auth;

/**
 * App-only tokens for an app registration that authenticates with a certificate: msal4j signs a client assertion
 * (RS256 JWT) with the private key of the PKCS#12 file; the key never leaves the process.
 */
final class ClientCertificateTokenProvider extends ClientCredentialsTokenProvider {

    ClientCertificateTokenProvider(AuthSettings settings) {
        super(AuthFlow.CLIENT_CERTIFICATE, settings,
                Pkcs12Credential.load(settings.certificatePath(), settings.certificatePassword()),
                new SecretRedactor(settings.certificatePassword(), settings.clientSecret()));
    }
}
