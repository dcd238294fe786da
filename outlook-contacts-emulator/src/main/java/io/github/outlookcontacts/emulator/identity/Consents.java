package io.github.outlookcontacts.emulator.identity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Graph permissions granted to each app: application permissions (admin-consented; they become an app-only
 * token's {@code roles}) and delegated permissions (consented; a delegated token's {@code scp} is what was asked for
 * among them). An app without a configuration is granted every permission the emulator checks, so demos need no
 * set-up.
 */
final class Consents {

    static final List<String> ALL_APPLICATION = List.of("Contacts.ReadWrite", "User.ReadWrite.All",
            "GroupMember.Read.All");
    static final List<String> ALL_DELEGATED = List.of("Contacts.Read", "Contacts.ReadWrite", "Contacts.Read.Shared",
            "Contacts.ReadWrite.Shared", "User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All",
            "User.ReadWrite.All");

    private final Map<String, List<String>> application = new ConcurrentHashMap<>();
    private final Map<String, List<String>> delegated = new ConcurrentHashMap<>();

    void grantApplication(String clientId, String... permissions) {
        application.put(key(clientId), List.of(permissions));
    }

    void grantDelegated(String clientId, String... permissions) {
        delegated.put(key(clientId), List.of(permissions));
    }

    void clear() {
        application.clear();
        delegated.clear();
    }

    /** The {@code roles} of an app-only token for this app. */
    List<String> roles(String clientId) {
        return application.getOrDefault(key(clientId), ALL_APPLICATION);
    }

    /**
     * The {@code scp} of a delegated token: the Graph scopes asked for (qualified or not) that the app may have;
     * {@code .default} stands for all of them.
     */
    List<String> scopes(String clientId, String requested) {
        List<String> granted = delegated.getOrDefault(key(clientId), ALL_DELEGATED);
        Set<String> grantedLower = granted.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> out = new LinkedHashSet<>();
        for (String s : Identities.resourceScopes(requested).split(" ")) {
            String name = s.substring(s.lastIndexOf('/') + 1);
            if (name.equalsIgnoreCase(".default")) {
                out.addAll(granted);
            } else if (!name.isEmpty() && grantedLower.contains(name.toLowerCase(Locale.ROOT))) {
                out.add(granted.stream().filter(g -> g.equalsIgnoreCase(name)).findFirst().orElse(name));
            }
        }
        return List.copyOf(out);
    }

    private static String key(String clientId) {
        return clientId == null ? "" : clientId.toLowerCase(Locale.ROOT);
    }

    static String joined(List<String> permissions) {
        return String.join(" ", permissions);
    }

    static List<String> split(String permissions) {
        return Arrays.stream(permissions.trim().split("\\s+")).filter(p -> !p.isEmpty()).toList();
    }
}
