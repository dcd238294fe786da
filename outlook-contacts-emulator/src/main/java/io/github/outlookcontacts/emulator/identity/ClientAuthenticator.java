package io.github.outlookcontacts.emulator.identity;

import java.time.Instant;
import java.util.Map;

/** Decides whether the caller of the token endpoint is a client allowed to use the grant it asks for. */
final class ClientAuthenticator {

    private final ClientRegistry registry;

    ClientAuthenticator(ClientRegistry registry) {
        this.registry = registry;
    }

    /** A confidential client (client credentials): a registered secret or a client assertion is required. */
    IdentityError confidential(Map<String, String> form, String tenant, String tokenEndpoint, Instant now) {
        String clientId = form.get("client_id");
        if (isBlank(clientId)) {
            return IdentityError.missingParameter("client_id");
        }
        String secret = form.get("client_secret");
        String assertion = form.get("client_assertion");
        if (isBlank(secret) && isBlank(assertion)) {
            return missingCredential();
        }
        if (registry.isLenient()) {
            return isBlank(assertion) ? null : checkAssertion(form, clientId, tokenEndpoint, null, now);
        }
        ClientRegistry.App app = registry.find(clientId);
        if (app == null) {
            return notFound(clientId, tenant);
        }
        if (!isBlank(assertion)) {
            return checkAssertion(form, clientId, tokenEndpoint, app.certificates, now);
        }
        if (app.secrets.contains(secret)) {
            return null;
        }
        return IdentityError.invalidClient(7000215, "Invalid client secret provided. Ensure the secret being sent in"
                + " the request is the client secret value, not the client secret ID, for a secret added to app '"
                + app.clientId + "'.");
    }

    /**
     * A public client (device code, refresh by a public client): no credential may be sent, and a registered app
     * must allow public client flows; a confidential app must authenticate instead.
     */
    IdentityError publicOrConfidential(Map<String, String> form, String tenant, String tokenEndpoint, Instant now) {
        String clientId = form.get("client_id");
        if (isBlank(clientId)) {
            return IdentityError.missingParameter("client_id");
        }
        boolean sentCredential = !isBlank(form.get("client_secret")) || !isBlank(form.get("client_assertion"));
        if (registry.isLenient()) {
            return null;
        }
        ClientRegistry.App app = registry.find(clientId);
        if (app == null) {
            return notFound(clientId, tenant);
        }
        if (app.publicClient) {
            return sentCredential ? IdentityError.invalidClient(700025, "Client is public so neither"
                    + " 'client_assertion' nor 'client_secret' should be presented.") : null;
        }
        return sentCredential ? confidential(form, tenant, tokenEndpoint, now) : missingCredential();
    }

    /** The device-code request itself: the app must exist (when registering) and allow public client flows. */
    IdentityError deviceCodeClient(String clientId, String tenant) {
        if (isBlank(clientId)) {
            return IdentityError.missingParameter("client_id");
        }
        if (registry.isLenient()) {
            return null;
        }
        ClientRegistry.App app = registry.find(clientId);
        if (app == null) {
            return notFound(clientId, tenant);
        }
        return app.publicClient ? null : missingCredential();
    }

    private static IdentityError checkAssertion(Map<String, String> form, String clientId, String tokenEndpoint,
            java.util.List<java.security.cert.X509Certificate> certificates, Instant now) {
        if (!ClientAssertionVerifier.ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
            return IdentityError.invalidRequest(7000219, "'client_assertion' or 'client_secret' is required for"
                    + " credentials of type 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'; the"
                    + " 'client_assertion_type' parameter is missing or invalid.");
        }
        return ClientAssertionVerifier.verify(form.get("client_assertion"), clientId, tokenEndpoint, certificates,
                now);
    }

    private static IdentityError missingCredential() {
        return IdentityError.invalidClient(7000218,
                "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    }

    private static IdentityError notFound(String clientId, String tenant) {
        return new IdentityError(400, "unauthorized_client", 700016, "Application with identifier '" + clientId
                + "' was not found in the directory '" + tenant + "'. This can happen if the application has not"
                + " been installed by the administrator of the tenant or consented to by any user in the tenant."
                + " You may have sent your authentication request to the wrong tenant.");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
