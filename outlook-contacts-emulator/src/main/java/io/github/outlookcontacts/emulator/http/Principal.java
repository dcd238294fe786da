package io.github.outlookcontacts.emulator.http;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who called: set by the bearer-token check. {@code user} is the signed-in user's UPN for a delegated token and null
 * for an app-only token; in the default (lenient) mode every token is delegated for the default user.
 * {@code permissions} are the token's delegated {@code scp} or application {@code roles} (lower case); null means the
 * caller's permissions are not checked (lenient mode, or a token registry that does not know them).
 */
public record Principal(String appId, String user, boolean appOnly, Set<String> permissions) {

    public static final String DEFAULT_USER = "me@emulator.local";

    public Principal {
        permissions = permissions == null ? null : permissions.stream().map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A caller whose permissions are not checked. */
    public Principal(String appId, String user, boolean appOnly) {
        this(appId, user, appOnly, null);
    }

    public static Principal lenient() {
        return new Principal("emulator-client", DEFAULT_USER, false);
    }

    /** True if permissions are unchecked or the token carries any of {@code anyOf} (case-insensitive). */
    public boolean hasAny(String... anyOf) {
        if (permissions == null) {
            return true;
        }
        for (String p : anyOf) {
            if (permissions.contains(p.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
