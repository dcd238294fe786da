package io.github.outlookcontacts.graph;

import io.github.outlookcontacts.auth.AccessTokenProvider;

/**
 * Builds the default Graph client. Placeholder until the HTTP client lands.
 */
public final class GraphContactsClients {

    private GraphContactsClients() {
    }

    public static GraphContactsClient create(GraphClientSettings settings, AccessTokenProvider tokens) {
        throw new UnsupportedOperationException("the Graph client is not implemented yet");
    }
}
