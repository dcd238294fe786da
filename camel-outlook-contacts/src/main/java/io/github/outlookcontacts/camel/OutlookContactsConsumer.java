package io.github.outlookcontacts.camel;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.locks.ReentrantLock;

import io.github.outlookcontacts.camel.push.PushNotifications;
import io.github.outlookcontacts.graph.FolderNotFoundException;
import io.github.outlookcontacts.graph.FolderResolver;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.notify.SubscriptionStatus;
import io.github.outlookcontacts.sync.BatchConfirmations;
import io.github.outlookcontacts.sync.ChangeBatch;
import io.github.outlookcontacts.sync.ContactChange;
import io.github.outlookcontacts.sync.DeltaSyncEngine;
import io.github.outlookcontacts.sync.SyncHealth;
import io.github.outlookcontacts.sync.SyncSettings;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls Graph delta for a folder (or folder tree) and routes one exchange per created, updated or deleted contact.
 * <p>
 * Each delta page is read completely (its response closed) before it becomes a batch of exchanges, routed one after
 * the other. The page's cursor is committed from the exchanges' completions, strictly in page order; a failed or
 * rollback-only exchange gives up its page and the rest of the round, so they are delivered again (at-least-once).
 * {@code maxMessagesPerPoll} ends a poll at the first page boundary past it; the next poll goes on from there.
 */
public class OutlookContactsConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(OutlookContactsConsumer.class);

    private final SyncSettings settings;
    private StateRepository<String, String> repository;
    private boolean stopRepository;
    private volatile DeltaSyncEngine engine;
    /** Polls never overlap: the timer's and the push wake-ups'. */
    private final ReentrantLock polling = new ReentrantLock();
    private volatile PushNotifications push;
    /** The page being routed (polls run on one thread). */
    private BatchConfirmations page;

    public OutlookContactsConsumer(OutlookContactsEndpoint endpoint, Processor processor, SyncSettings settings) {
        super(endpoint, processor);
        this.settings = settings;
    }

    @Override
    public OutlookContactsEndpoint getEndpoint() {
        return (OutlookContactsEndpoint) super.getEndpoint();
    }

    /** The engine's latest health snapshot (no network call); {@link SyncHealth#NOT_POLLED} before the start. */
    public SyncHealth getSyncHealth() {
        DeltaSyncEngine current = engine;
        return current == null ? SyncHealth.NOT_POLLED : current.health();
    }

    @Override
    protected void doStart() throws Exception {
        repository = getEndpoint().getConfiguration().getConsumerConfiguration().getStateRepository();
        if (repository == null) {
            LOG.debug("No stateRepository set: the sync state of {} is kept in memory only", getEndpoint());
            repository = new MemoryStateRepository();
        }
        // Start the repository only if nobody else did, and then stop only what we started.
        if (repository instanceof ServiceSupport service && !service.isStarted()) {
            ServiceHelper.startService(repository);
            stopRepository = true;
        }
        ServiceHelper.startService(getEndpoint());
        engine = newEngine(getEndpoint().getClient());
        try {
            engine.start();
        } catch (FolderNotFoundException e) {
            throw e; // a wrong folder option: fail the route's start, not every poll
        } catch (RuntimeException e) {
            // Graph unreachable, throttled, a token not available yet: the polls try again (and show it in health).
            LOG.warn("Cannot resolve the folder of {} yet ({}); trying again at the next poll", getEndpoint(),
                    e.getMessage());
        }
        HealthCheckRepository healthChecks = HealthCheckHelper.getHealthCheckRepository(
                getEndpoint().getCamelContext(), "consumers", HealthCheckRepository.class);
        if (healthChecks != null) {
            OutlookContactsConsumerHealthCheck check = new OutlookContactsConsumerHealthCheck(this, getRouteId());
            check.setEnabled(getEndpoint().getComponent().isHealthCheckConsumerEnabled());
            setHealthCheck(check);
        }
        super.doStart();
        push = PushWiring.create(getEndpoint(), new StateRepositoryCursorStore(repository), engine.folderId(),
                this::pollNow);
        ServiceHelper.startService(push);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(push); // deletes the subscription before the last poll ends
        push = null;
        super.doStop();
        if (engine != null) {
            engine.rewind(); // whatever was not confirmed comes again after the restart
        }
        if (stopRepository) {
            ServiceHelper.stopService(repository);
            stopRepository = false;
        }
    }

    /** The push subscription's state, or null without {@code notificationUrl}; no network call. */
    public SubscriptionStatus getPushStatus() {
        PushNotifications current = push;
        return current == null ? null : current.status();
    }

    @Override
    protected int poll() throws Exception {
        polling.lock();
        try {
            return pollRound();
        } finally {
            polling.unlock();
        }
    }

    /** A poll at once, outside the timer: a push wake-up. Skipped while suspended or stopping. */
    private void pollNow() {
        if (!isPollAllowed()) {
            return;
        }
        try {
            poll();
        } catch (Exception e) {
            getExceptionHandler().handleException("Polling " + getEndpoint() + " after a change notification failed;"
                                                  + " the timer or the next notification tries again", e);
        }
    }

    private int pollRound() throws Exception {
        int routed = 0;
        while (isBatchAllowed()) {
            Optional<ChangeBatch> next = engine.next();
            if (next.isEmpty()) {
                break; // the round is complete
            }
            page = new BatchConfirmations(engine, next.get());
            routed += processBatch(new ArrayDeque<>(next.get().changes()));
            BatchConfirmations done = page;
            page = null; // the page's contacts are not kept while the next page is read
            if (done.commitFailure() != null) {
                throw done.commitFailure(); // a failed state write fails the poll, like a Graph failure
            }
            if (done.isFailed() || maxMessagesPerPoll > 0 && routed >= maxMessagesPerPoll) {
                break;
            }
        }
        return routed;
    }

    /** Routes the page's changes one after the other; each exchange is created just before it is routed. */
    @Override
    public int processBatch(Queue<Object> changes) throws Exception {
        int total = changes.size();
        int routed = 0;
        for (int index = 0; index < total; index++) {
            ContactChange change = (ContactChange) changes.poll();
            if (page.isFailed() || !isBatchAllowed()) {
                // The rest of the page is delivered again: by the next poll, or after the restart.
                page.failed();
                continue;
            }
            Exchange exchange = createExchange(false);
            exchange.getExchangeExtension().setFromRouteId(getRouteId());
            getEndpoint().populate(exchange, change);
            exchange.getExchangeExtension().addOnCompletion(completionOf(page, index));
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            route(exchange);
            routed++;
        }
        pendingExchanges = 0;
        return routed;
    }

    /**
     * Confirms the exchange's change when it completed; a rollback-only exchange counts as failed. (The index is
     * captured here, not read back from the exchange, which the route may have changed.)
     */
    private static Synchronization completionOf(BatchConfirmations confirmations, int index) {
        return new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange exchange) {
                if (exchange.isRollbackOnly() || exchange.isRollbackOnlyLast()) {
                    confirmations.failed();
                } else {
                    confirmations.confirmed(index);
                }
            }

            @Override
            public void onFailure(Exchange exchange) {
                confirmations.failed();
            }
        };
    }

    /** Routes one exchange and waits for it; its completion hook confirms (or fails) its change. */
    private void route(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            page.failed();
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Routing " + exchange.getIn().getHeader(
                    OutlookContactsConstants.CHANGE_TYPE) + " of contact " + exchange.getIn().getHeader(
                            OutlookContactsConstants.CONTACT_ID) + " failed; the sync cursor stays before its page"
                                                  + " and it is delivered again on the next poll",
                    exchange, exchange.getException());
        } else if (exchange.isRollbackOnly()) {
            LOG.debug("Exchange {} was marked rollback-only; it is delivered again on the next poll",
                    exchange.getExchangeId());
        }
        releaseExchange(exchange, false);
    }

    private DeltaSyncEngine newEngine(GraphContactsClient client) {
        BatchExecutor lookups = new BatchExecutor(client, null,
                getEndpoint().getConfiguration().getConnectionConfiguration().batchHeaders());
        return new DeltaSyncEngine(client, new FolderResolver(client), new StateRepositoryCursorStore(repository),
                settings, lookups, Clock.systemUTC());
    }
}
