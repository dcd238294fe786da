package io.github.outlookcontacts.emulator.http;

/**
 * Who called: set by the bearer-token check. {@code user} is the signed-in user's UPN for a delegated token and null
 * for an app-only token; in the default (lenient) mode every token is delegated for the default user.
 */
public record Principal(String appId, String user, boolean appOnly) {

    public static final String DEFAULT_USER = "me@emulator.local";

    public static Principal lenient() {
        return new Principal("emulator-client", DEFAULT_USER, false);
    }
}
