package io.github.outlookcontacts.auth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The {@code scopes} option: comma- or space-separated, else the flow's default. */
final class Scopes {

    private Scopes() {
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
