package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.auth.AuthSettings;
import io.github.outlookcontacts.camel.producer.ProducerConfiguration;
import io.github.outlookcontacts.graph.GraphClientSettings;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.sync.ContactChange;
import io.github.outlookcontacts.sync.SyncSettings;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Sync Outlook contacts with Microsoft Graph delta queries, or create, read, update, delete and upsert them.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = OutlookContactsConstants.SCHEME, title = "Outlook Contacts",
             syntax = "outlook-contacts:operation", category = { Category.CLOUD, Category.API, Category.MAIL },
             headersClass = OutlookContactsConstants.class)
public class OutlookContactsEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriParam
    private OutlookContactsConfiguration configuration;

    private GraphContactsClient client;

    public OutlookContactsEndpoint(String uri, OutlookContactsComponent component,
                                   OutlookContactsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() throws Exception {
        configuration.checkForProducer();
        return new OutlookContactsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        // Options are checked here, before anything is sent to Graph.
        SyncSettings settings = ConsumerOptions.toSettings(configuration);
        OutlookContactsConsumer consumer = new OutlookContactsConsumer(this, processor, settings);
        consumer.setMaxMessagesPerPoll(configuration.getConsumerConfiguration().getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    /** One exchange per change: the contact as the body, what happened to it in the headers. */
    void populate(Exchange exchange, ContactChange change) {
        Message message = exchange.getIn();
        message.setBody(change.contact());
        message.setHeader(OutlookContactsConstants.CHANGE_TYPE, change.type().value());
        message.setHeader(OutlookContactsConstants.CONTACT_ID, change.contactId());
        if (change.changeKey() != null) {
            message.setHeader(OutlookContactsConstants.CHANGE_KEY, change.changeKey());
        }
        if (change.folderId() != null) {
            message.setHeader(OutlookContactsConstants.FOLDER_ID, change.folderId());
        }
        message.setHeader(OutlookContactsConstants.USER, getMailbox().user());
        if (change.removedReason() != null) {
            message.setHeader(OutlookContactsConstants.REMOVED_REASON, change.removedReason());
        }
    }

    public OutlookContactsConfiguration getConfiguration() {
        return configuration;
    }

    // The option groups, reachable from the endpoint as the generated configurer expects.

    public ConnectionConfiguration getConnectionConfiguration() {
        return configuration.getConnectionConfiguration();
    }

    public AuthenticationConfiguration getAuthenticationConfiguration() {
        return configuration.getAuthenticationConfiguration();
    }

    public ConsumerConfiguration getConsumerConfiguration() {
        return configuration.getConsumerConfiguration();
    }

    public ProducerConfiguration getProducerConfiguration() {
        return configuration.getProducerConfiguration();
    }

    /** The Graph client, available once the endpoint has started. */
    public GraphContactsClient getClient() {
        return client;
    }

    public Mailbox getMailbox() {
        return Mailbox.of(configuration.getUser());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (client == null) {
            AuthSettings auth = authSettings();
            if (auth.flow().isAppOnly() && getMailbox().isMe()) {
                // Graph answers 400 to /me with an app-only token; say so before any call.
                throw new IllegalArgumentException("user=me needs a delegated sign-in, but " + auth.flow()
                        .description() + " gets app-only tokens: set user to the mailbox's user id or"
                        + " userPrincipalName, or use the device-code flow (clientId without a secret or"
                        + " certificate)");
            }
            client = getComponent().acquireClient(clientSettings(), auth);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (client != null) {
            getComponent().releaseClient(client);
            client = null;
        }
        super.doStop();
    }

    @Override
    public OutlookContactsComponent getComponent() {
        return (OutlookContactsComponent) super.getComponent();
    }

    GraphClientSettings clientSettings() {
        return configuration.getConnectionConfiguration().toSettings();
    }

    AuthSettings authSettings() {
        String graphBaseUrl = configuration.getConnectionConfiguration().getBaseUrl();
        return configuration.getAuthenticationConfiguration().toSettings(graphBaseUrl);
    }

    @Override
    public String getServiceUrl() {
        return configuration.getConnectionConfiguration().getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "https";
    }
}
