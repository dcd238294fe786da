package io.github.outlookcontacts.camel;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import io.github.outlookcontacts.auth.AuthSettings;
import io.github.outlookcontacts.camel.metrics.OutlookContactsMetrics;
import io.github.outlookcontacts.camel.producer.ProducerConfiguration;
import io.github.outlookcontacts.graph.GraphClientSettings;
import io.github.outlookcontacts.graph.GraphContactsClient;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * Outlook / Microsoft 365 contacts on Microsoft Graph.
 */
@Component(OutlookContactsConstants.SCHEME)
public class OutlookContactsComponent extends HealthCheckComponent {

    @Metadata
    private OutlookContactsConfiguration configuration = new OutlookContactsConfiguration();

    private final SharedClients clients = new SharedClients();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        OutlookContactsConfiguration config = configuration.copy();
        config.setOperation(OutlookContactsOperation.parse(remaining, "operation"));
        OutlookContactsEndpoint endpoint = new OutlookContactsEndpoint(uri, this, config);
        setProperties(endpoint, parameters);
        config.getConnectionConfiguration().check();
        return endpoint;
    }

    /** The Graph client for these settings, shared with every endpoint that has the same ones. */
    GraphContactsClient acquireClient(GraphClientSettings settings, AuthSettings auth) {
        return clients.acquire(settings, auth, OutlookContactsMetrics.transport(getCamelContext()));
    }

    /** When the token of {@code client} expires, as far as its provider can tell without a network call. */
    Optional<Instant> tokenExpiry(GraphContactsClient client) {
        AccessTokenProvider tokens = clients.tokensOf(client);
        return tokens == null ? Optional.empty() : tokens.tokenExpiry();
    }

    void releaseClient(GraphContactsClient client) {
        clients.release(client);
    }

    @Override
    protected void doStop() throws Exception {
        clients.closeAll();
        super.doStop();
    }

    public OutlookContactsConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The shared configuration; endpoints start from a copy of it.
     */
    public void setConfiguration(OutlookContactsConfiguration configuration) {
        this.configuration = configuration;
    }

    // The option groups of the shared configuration, reachable from the component as the generated configurer
    // expects (it sets component options such as clientSecret through them).

    public ConnectionConfiguration getConnectionConfiguration() {
        return configuration.getConnectionConfiguration();
    }

    public void setConnectionConfiguration(ConnectionConfiguration connectionConfiguration) {
        configuration.setConnectionConfiguration(connectionConfiguration);
    }

    public AuthenticationConfiguration getAuthenticationConfiguration() {
        return configuration.getAuthenticationConfiguration();
    }

    public void setAuthenticationConfiguration(AuthenticationConfiguration authenticationConfiguration) {
        configuration.setAuthenticationConfiguration(authenticationConfiguration);
    }

    public ConsumerConfiguration getConsumerConfiguration() {
        return configuration.getConsumerConfiguration();
    }

    public void setConsumerConfiguration(ConsumerConfiguration consumerConfiguration) {
        configuration.setConsumerConfiguration(consumerConfiguration);
    }

    public ProducerConfiguration getProducerConfiguration() {
        return configuration.getProducerConfiguration();
    }

    public void setProducerConfiguration(ProducerConfiguration producerConfiguration) {
        configuration.setProducerConfiguration(producerConfiguration);
    }
}
