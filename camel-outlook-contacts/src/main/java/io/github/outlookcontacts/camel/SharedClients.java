package io.github.outlookcontacts.camel;

import java.util.HashMap;
import java.util.Map;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import io.github.outlookcontacts.auth.AccessTokenProviders;
import io.github.outlookcontacts.auth.AuthSettings;
import io.github.outlookcontacts.graph.GraphClientSettings;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphContactsClients;
import io.github.outlookcontacts.transport.TransportMetrics;

/**
 * Reference-counted Graph clients shared by endpoints with the same connection and credential settings, so that one
 * token cache (one msal4j application) and one per-mailbox concurrency limit serve them all, while endpoints with
 * other credentials never reuse another's client.
 */
final class SharedClients {

    private record Key(GraphClientSettings settings, AuthSettings auth) {
    }

    private static final class Entry {
        final GraphContactsClient client;
        final AccessTokenProvider tokens;
        int references;

        Entry(GraphContactsClient client, AccessTokenProvider tokens) {
            this.client = client;
            this.tokens = tokens;
        }
    }

    private final Map<Key, Entry> clients = new HashMap<>();
    /** One token provider (one msal4j application and token cache) per credential set, even across clients. */
    private final Map<AuthSettings, AccessTokenProvider> providers = new HashMap<>();

    /** @param metrics told about the requests of a client created now */
    synchronized GraphContactsClient acquire(GraphClientSettings settings, AuthSettings auth,
                                             TransportMetrics metrics) {
        Entry entry = clients.computeIfAbsent(new Key(settings, auth), k -> {
            AccessTokenProvider tokens = providers.computeIfAbsent(auth, AccessTokenProviders::create);
            return new Entry(GraphContactsClients.create(settings, tokens, metrics), tokens);
        });
        entry.references++;
        return entry.client;
    }

    /** The token provider behind {@code client}, or null when it is not one of ours. */
    synchronized AccessTokenProvider tokensOf(GraphContactsClient client) {
        return clients.values().stream().filter(e -> e.client == client).map(e -> e.tokens).findFirst()
                .orElse(null);
    }

    synchronized void release(GraphContactsClient client) {
        clients.entrySet().removeIf(e -> {
            if (e.getValue().client != client || --e.getValue().references > 0) {
                return false;
            }
            client.close();
            return true;
        });
        providers.keySet().removeIf(auth -> clients.keySet().stream().noneMatch(k -> k.auth().equals(auth)));
    }

    synchronized void closeAll() {
        clients.values().forEach(e -> e.client.close());
        clients.clear();
        providers.clear();
    }
}
