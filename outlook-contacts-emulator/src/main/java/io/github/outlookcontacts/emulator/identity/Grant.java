package io.github.outlookcontacts.emulator.identity;

import java.util.Locale;

/** The OAuth 2.0 grants the emulator's token endpoint serves. */
public enum Grant {
    /** App-only, with a client secret or a certificate assertion. */
    CLIENT_CREDENTIALS,
    /** Delegated: a device-code sign-in redeemed by polling. */
    DEVICE_CODE,
    /** Delegated: a refresh token redeemed for new tokens. */
    REFRESH_TOKEN;

    /** The grant named by a {@code grant_type} value (msal4j sends {@code device_code}, RFC 8628 the URN). */
    static Grant of(String grantType) {
        return switch (grantType.toLowerCase(Locale.ROOT)) {
            case "client_credentials" -> CLIENT_CREDENTIALS;
            case "device_code", "urn:ietf:params:oauth:grant-type:device_code" -> DEVICE_CODE;
            case "refresh_token" -> REFRESH_TOKEN;
            default -> null;
        };
    }
}
