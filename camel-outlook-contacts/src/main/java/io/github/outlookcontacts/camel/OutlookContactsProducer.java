package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.camel.producer.ExpandOption;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import io.github.outlookcontacts.camel.producer.OperationHandler;
import io.github.outlookcontacts.camel.producer.ProducerContext;
import io.github.outlookcontacts.graph.GraphContactsClient;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Runs the operation named by the header {@code CamelOutlookContactsOperation} (else the endpoint's) against
 * Microsoft Graph; a {@code Collection} body on create, upsert or delete goes through JSON batching.
 */
public class OutlookContactsProducer extends DefaultProducer {

    private static final Set<OutlookContactsOperation> COLLECTION_OPERATIONS = EnumSet.of(
            OutlookContactsOperation.create, OutlookContactsOperation.upsert, OutlookContactsOperation.delete);

    private final Map<OutlookContactsOperation, OperationHandler> single = new EnumMap<>(OutlookContactsOperation.class);
    private final Map<OutlookContactsOperation, OperationHandler> collections
            = new EnumMap<>(OutlookContactsOperation.class);
    private ExecutorService batchThreads;

    public OutlookContactsProducer(OutlookContactsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public OutlookContactsEndpoint getEndpoint() {
        return (OutlookContactsEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        OutlookContactsEndpoint endpoint = getEndpoint();
        OutlookContactsConfiguration config = endpoint.getConfiguration();
        ConnectionConfiguration connection = config.getConnectionConfiguration();
        batchThreads = endpoint.getCamelContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "OutlookContactsBatch", connection.getMaxConcurrentRequests());
        ProducerContext.Target target = new ProducerContext.Target(endpoint.getMailbox(), config.getFolder(),
                config.getSelect(), config.isIncludeSubfolders(), ExpandOption.check(config.getExpand()));
        OperationHandlers handlers = new OperationHandlers(new ProducerContext(this::client, target,
                config.getProducerConfiguration(), connection.batchHeaders(), batchThreads));
        single.putAll(handlers.single());
        collections.putAll(handlers.collections());
    }

    @Override
    protected void doStop() throws Exception {
        single.clear();
        collections.clear();
        if (batchThreads != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(batchThreads);
            batchThreads = null;
        }
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        OutlookContactsOperation operation = operation(exchange);
        boolean batch = exchange.getMessage().getBody() instanceof Collection
                        && COLLECTION_OPERATIONS.contains(operation);
        OperationHandler handler = (batch ? collections : single).get(operation);
        if (handler == null) {
            throw new IllegalArgumentException("operation " + operation
                    + " is for the consumer; producer operations are " + single.keySet());
        }
        handler.process(exchange);
    }

    /** The header {@code CamelOutlookContactsOperation}, else the endpoint's operation. */
    private OutlookContactsOperation operation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(OutlookContactsConstants.OPERATION);
        if (header instanceof OutlookContactsOperation op) {
            return op;
        }
        if (header != null) {
            return OutlookContactsOperation.parse(header.toString(), "header " + OutlookContactsConstants.OPERATION);
        }
        return getEndpoint().getConfiguration().getOperation();
    }

    private GraphContactsClient client() {
        GraphContactsClient client = getEndpoint().getClient();
        if (client == null) {
            throw new IllegalStateException("the endpoint " + getEndpoint() + " is not started");
        }
        return client;
    }
}
