package io.github.outlookcontacts.camel;

import java.util.List;
import java.util.Set;

import io.github.outlookcontacts.graph.FolderResolver;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.sync.ChangeType;
import io.github.outlookcontacts.sync.ContactChange;
import io.github.outlookcontacts.sync.DeltaSyncEngine;
import io.github.outlookcontacts.sync.FolderTree;
import io.github.outlookcontacts.sync.RoundResult;
import io.github.outlookcontacts.sync.SyncHealth;
import io.github.outlookcontacts.sync.SyncSettings;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Polls Graph delta for the folder (or folder tree) and routes one exchange per changed contact, synchronously, so
 * the cursor advances only past changes the route has completed. {@code maxMessagesPerPoll} stops a poll at the first
 * page boundary after that many changes.
 */
public class OutlookContactsConsumer extends ScheduledBatchPollingConsumer {

    private final OutlookContactsConfiguration config;
    private final Set<ChangeType> changeTypes;
    private StateRepository<String, String> stateRepository;
    private boolean ownsStateRepository;
    private DeltaSyncEngine engine;

    public OutlookContactsConsumer(OutlookContactsEndpoint endpoint, Processor processor, Set<ChangeType> changeTypes) {
        super(endpoint, processor);
        this.config = endpoint.getConfiguration();
        this.changeTypes = changeTypes;
    }

    @Override
    public OutlookContactsEndpoint getEndpoint() {
        return (OutlookContactsEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        stateRepository = config.getStateRepository();
        if (stateRepository == null) {
            stateRepository = new MemoryStateRepository();
            ownsStateRepository = true;
        }
        // Start the repository only when nobody has (camel-kafka does the same with its offset repository).
        if (!ServiceHelper.isStarted(stateRepository)) {
            ServiceHelper.startService(stateRepository);
            ownsStateRepository = true;
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (ownsStateRepository) {
            ServiceHelper.stopService(stateRepository);
        }
        engine = null;
    }

    @Override
    protected int poll() throws Exception {
        try {
            RoundResult result = engine().poll(this::deliver);
            return result.changes();
        } catch (GraphException e) {
            throw new OutlookContactsPollException(e);
        }
    }

    /**
     * Changes are streamed to the route page by page from {@link #poll()} rather than queued; this routes an
     * already collected batch the same way, one exchange at a time.
     */
    @Override
    public int processBatch(java.util.Queue<Object> exchanges) {
        int done = 0;
        for (Object o : exchanges) {
            if (o instanceof ContactChange change && deliver(change)) {
                done++;
            }
        }
        return done;
    }

    /** The engine's view of how syncing goes (read by health checks and tests). */
    public SyncHealth syncHealth() {
        return engine == null ? SyncHealth.INITIAL : engine.health();
    }

    private DeltaSyncEngine engine() {
        if (engine == null) {
            GraphContactsClient client = getEndpoint().getClient();
            Mailbox mailbox = getEndpoint().getMailbox();
            SyncSettings settings = new SyncSettings(mailbox, config.getSelect(), config.getPageSize(), changeTypes,
                    "changesOnly".equals(config.getInitialSync()), getMaxMessagesPerPoll());
            engine = new DeltaSyncEngine(client, settings, new StateRepositoryCursorStore(stateRepository),
                    folderSupplier(client, mailbox));
        }
        return engine;
    }

    private java.util.function.Supplier<List<String>> folderSupplier(GraphContactsClient client, Mailbox mailbox) {
        FolderResolver resolver = new FolderResolver(client);
        FolderTree tree = config.isIncludeSubfolders() ? new FolderTree(client, mailbox) : null;
        return () -> {
            String root = resolver.resolve(mailbox, config.getFolder());
            if (root == null) {
                root = client.defaultFolderId(mailbox);
            }
            if (tree == null) {
                return java.util.Collections.singletonList(root);
            }
            if (root == null) {
                throw new IllegalStateException("includeSubfolders needs the default folder's id, and the mailbox "
                                                + mailbox.user() + " has neither folders nor contacts to read it from");
            }
            return tree.refreshAndList(root);
        };
    }

    private boolean deliver(ContactChange change) {
        Exchange exchange = getEndpoint().createExchange(change);
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Routing a " + change.type().value() + " change of contact "
                                                  + change.contactId() + " failed; it will be delivered again",
                    exchange, exchange.getException());
            return false;
        }
        return true;
    }
}
