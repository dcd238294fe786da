package io.github.outlookcontacts.auth;

/** How tokens are obtained, in order of precedence when several options are set. */
public enum AuthFlow {
    TOKEN_PROVIDER("a tokenProvider bean"),
    ACCESS_TOKEN("a fixed accessToken"),
    CLIENT_CERTIFICATE("client credentials with a certificate"),
    CLIENT_SECRET("client credentials with a client secret"),
    DEVICE_CODE("delegated device code"),
    NONE("no credentials");

    private final String description;

    AuthFlow(String description) {
        this.description = description;
    }

    static AuthFlow of(AuthSettings s) {
        if (s.tokenProvider() != null) {
            return TOKEN_PROVIDER;
        }
        if (isSet(s.accessToken())) {
            return ACCESS_TOKEN;
        }
        if (isSet(s.certificatePath())) {
            return CLIENT_CERTIFICATE;
        }
        if (isSet(s.clientSecret())) {
            return CLIENT_SECRET;
        }
        return isSet(s.clientId()) ? DEVICE_CODE : NONE;
    }

    /** True for the app-only flows, which need a tenant and {@code /users/{id}} mailboxes. */
    public boolean isAppOnly() {
        return this == CLIENT_CERTIFICATE || this == CLIENT_SECRET;
    }

    public String description() {
        return description;
    }

    static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }
}
