package io.github.outlookcontacts.graph;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import io.github.outlookcontacts.transport.HttpTransport;
import io.github.outlookcontacts.transport.TransportSettings;

/**
 * Builds the default Graph client.
 */
public final class GraphContactsClients {

    static final String USER_AGENT = "camel-outlook-contacts/0.1";

    private GraphContactsClients() {
    }

    public static GraphContactsClient create(GraphClientSettings settings, AccessTokenProvider tokens) {
        TransportSettings transport = new TransportSettings(settings.baseUrl(), settings.immutableIds(),
                settings.maxRetries(), settings.maxRetryDelay(), settings.maxConcurrentRequests(),
                settings.connectTimeout(), settings.requestTimeout(), USER_AGENT);
        return new DefaultGraphContactsClient(new GraphHttp(new HttpTransport(transport, tokens), settings.baseUrl()));
    }
}
