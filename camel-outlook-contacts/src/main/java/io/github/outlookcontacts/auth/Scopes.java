package io.github.outlookcontacts.auth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The {@code scopes} option: comma- or space-separated, else the flow's default. */
final class Scopes {

    private Scopes() {
    }

    /** Added by msal4j to every delegated request; never granted back in a token's {@code scope}. */
    static final Set<String> RESERVED = Set.of("openid", "profile", "offline_access");

    /**
     * The delegated scopes to ask for, without the reserved OpenID Connect ones: msal4j adds those itself, and
     * Entra does not list them in the granted scopes, so asking for them explicitly would make every silent call
     * miss msal4j's access-token cache and refresh over the network.
     */
    static Set<String> delegated(AuthSettings settings, Set<String> defaults) {
        Set<String> scopes = new LinkedHashSet<>(resolve(settings, defaults));
        scopes.removeIf(s -> RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT)));
        return scopes.isEmpty() ? defaults : scopes;
    }

    static Set<String> resolve(AuthSettings settings, Set<String> defaults) {
        if (settings.scopes() == null || settings.scopes().isBlank()) {
            return defaults;
        }
        Set<String> scopes = new LinkedHashSet<>();
        Arrays.stream(settings.scopes().split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(scopes::add);
        return scopes;
    }
}
