package io.github.outlookcontacts.camel;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
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

    public OutlookContactsEndpoint(String uri, OutlookContactsComponent component,
                                   OutlookContactsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() throws Exception {
        throw new UnsupportedOperationException("The producer is not implemented yet");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        throw new UnsupportedOperationException("The consumer is not implemented yet");
    }

    public OutlookContactsConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "https";
    }
}
