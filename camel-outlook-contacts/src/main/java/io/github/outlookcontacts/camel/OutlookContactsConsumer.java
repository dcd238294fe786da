package io.github.outlookcontacts.camel;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.github.outlookcontacts.camel.metrics.OutlookContactsMetrics;
import io.github.outlookcontacts.camel.push.PushNotifications;
import io.github.outlookcontacts.graph.FolderNotFoundException;
import io.github.outlookcontacts.graph.FolderResolver;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.notify.SubscriptionStatus;
import io.github.outlookcontacts.sync.BatchConfirmations;
import io.github.outlookcontacts.sync.ChangeBatch;
import io.github.outlookcontacts.sync.ChangeScreen;
import io.github.outlookcontacts.sync.ChangeType;
import io.github.outlookcontacts.sync.CursorStore;
import io.github.outlookcontacts.sync.DeleteBreaker;
import io.github.outlookcontacts.sync.DeltaSyncEngine;
import io.github.outlookcontacts.sync.SyncHealth;
import io.github.outlookcontacts.sync.SyncSettings;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
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
 * the other; meanwhile the next page is read on a thread of its own (one page ahead at most). The page's cursor is committed from the exchanges' completions, strictly in page order; a failed or
 * rollback-only exchange gives up its page and the rest of the round, so they are delivered again (at-least-once).
 * {@code maxMessagesPerPoll} ends a poll at the first page boundary past it; the next poll goes on from there.
 */
@ManagedResource(description = "Outlook contacts sync consumer")
public class OutlookContactsConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(OutlookContactsConsumer.class);

    private final SyncSettings settings;
    private StateRepository<String, String> repository;
    private boolean stopRepository;
    private volatile DeltaSyncEngine engine;
    /** Reads the next delta page while the route handles the current one. */
    private ExecutorService readAhead;
    /** Polls never overlap: the timer's and the push wake-ups'. */
    private final ReentrantLock polling = new ReentrantLock();
    private volatile PushNotifications push;
    /** The page being routed (polls run on one thread). */
    private BatchConfirmations page;
    private final ChangeScreen.Settings screenSettings;
    private final DeleteBreaker breaker;
    /** Two-way sync: echoes, field diffs (polls run on one thread). */
    private ChangeScreen screen;

    public OutlookContactsConsumer(OutlookContactsEndpoint endpoint, Processor processor, SyncSettings settings) {
        super(endpoint, processor);
        this.settings = settings;
        this.screenSettings = ConsumerOptions.screenSettings(endpoint.getConfiguration().getConsumerConfiguration());
        this.breaker = new DeleteBreaker(endpoint.getConfiguration().deleteLimit());
    }

    /**
     * maxDeletesPerRound: confirms the deletes that stopped the round; they (and the rest of the round's) flow at the
     * next poll. Does nothing while the breaker is closed.
     */
    @ManagedOperation(description = "Confirm the deletes that stopped the sync round (maxDeletesPerRound)")
    public void confirmDeletes() {
        String reason = breaker.reason();
        breaker.confirm();
        if (reason != null) {
            LOG.warn("Deletes confirmed for {}: the round goes on", getEndpoint());
        }
    }

    /** True while a round waits for {@link #confirmDeletes()}. */
    @ManagedAttribute(description = "Whether a sync round waits for its deletes to be confirmed")
    public boolean isDeleteBreakerOpen() {
        return breaker.isOpen();
    }

    /** Why the round waits, or null. */
    @ManagedAttribute(description = "Why the sync round waits (maxDeletesPerRound)")
    public String getDeleteBreakerReason() {
        return breaker.reason();
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
        CursorStore store = new StateRepositoryCursorStore(repository);
        // One thread that ends when idle: a context with hundreds of sync routes keeps no idle thread per route.
        readAhead = getEndpoint().getCamelContext().getExecutorServiceManager().newThreadPool(this,
                "OutlookContactsReadAhead", new ThreadPoolProfileBuilder("OutlookContactsReadAhead").poolSize(1)
                        .maxPoolSize(1).maxQueueSize(-1).keepAliveTime(10L, TimeUnit.SECONDS)
                        .allowCoreThreadTimeOut(true).build());
        engine = newEngine(getEndpoint().getClient(), store);
        screen = new ChangeScreen(screenSettings, getEndpoint().getMailbox(), store, getEndpoint().getClient(),
                Clock.systemUTC());
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
            engine.rewind(); // whatever was not confirmed comes again after the restart; gives up the read ahead
        }
        if (readAhead != null) {
            // waits for a page read ahead to end (interrupted by the rewind), so its response is closed
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(readAhead);
            readAhead = null;
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
        if (breaker.isOpen()) {
            return 0; // waits for confirmDeletes(); the cursor stays before the page that opened it
        }
        int routed = 0;
        while (isBatchAllowed()) {
            Optional<ChangeBatch> next = engine.next();
            if (next.isEmpty()) {
                breaker.roundEnded();
                break; // the round is complete
            }
            page = new BatchConfirmations(engine, next.get());
            ChangeScreen.Screened screened = screen.screen(next.get().changes());
            List<ChangeScreen.Emit> emit = screened.emit();
            long deletes = emit.stream().filter(e -> e.change().type() == ChangeType.DELETED).count();
            if (!breaker.admit(deletes, () -> engine.knownContacts() + deletes)) {
                screen.discarded();
                page.failed(); // read again once confirmed
                page = null;
                LOG.warn("Sync of {} stopped: {}", getEndpoint(), breaker.reason());
                break;
            }
            confirmSuppressed(screened.isHeld() ? screened.heldFrom() : next.get().size(), emit);
            routed += processBatch(new ArrayDeque<>(emit));
            BatchConfirmations done = page;
            page = null; // the page's contacts are not kept while the next page is read
            if (done.isFailed()) {
                screen.discarded();
            } else {
                screen.committed(); // with a held page: what was routed before the held change
            }
            if (screened.isHeld() && !done.isFailed()) {
                done.failed(); // the rest of the page comes again at the next poll; the routed part does not
                break;
            }
            if (done.commitFailure() != null) {
                throw done.commitFailure(); // a failed state write fails the poll, like a Graph failure
            }
            if (done.isFailed() || maxMessagesPerPoll > 0 && routed >= maxMessagesPerPoll) {
                break;
            }
        }
        return routed;
    }

    /** The changes before {@code size} that the screen dropped (echoes, ignored updates) count as handled. */
    private void confirmSuppressed(int size, List<ChangeScreen.Emit> emit) {
        boolean[] emitted = new boolean[size];
        emit.forEach(e -> emitted[e.index()] = true);
        for (int i = 0; i < size; i++) {
            if (!emitted[i]) {
                page.confirmed(i);
            }
        }
    }

    /** Routes the page's changes one after the other; each exchange is created just before it is routed. */
    @Override
    public int processBatch(Queue<Object> changes) throws Exception {
        int total = changes.size();
        int routed = 0;
        for (int index = 0; index < total; index++) {
            ChangeScreen.Emit change = (ChangeScreen.Emit) changes.poll();
            if (page.isFailed() || !isBatchAllowed()) {
                // The rest of the page is delivered again: by the next poll, or after the restart.
                page.failed();
                continue;
            }
            Exchange exchange = createExchange(false);
            exchange.getExchangeExtension().setFromRouteId(getRouteId());
            getEndpoint().populate(exchange, change.change());
            if (change.diff() != null) {
                exchange.getIn().setHeader(OutlookContactsConstants.CHANGED_FIELDS, change.diff().fields());
                if (change.diff().changes() != null) {
                    exchange.getIn().setHeader(OutlookContactsConstants.FIELD_CHANGES, change.diff().changes());
                }
            }
            exchange.getExchangeExtension().addOnCompletion(completionOf(page, change.index()));
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

    private DeltaSyncEngine newEngine(GraphContactsClient client, CursorStore store) {
        BatchExecutor lookups = new BatchExecutor(client, null,
                getEndpoint().getConfiguration().getConnectionConfiguration().batchHeaders());
        return new DeltaSyncEngine(client, new FolderResolver(client), store,
                settings, lookups, Clock.systemUTC(), OutlookContactsMetrics.sync(getEndpoint().getCamelContext(),
                        metricsMailbox(), metricsFolder()), readAhead);
    }

    /** The mailbox tag of the metrics, as the transport's: lower case. */
    String metricsMailbox() {
        return settings.mailbox().user().toLowerCase(Locale.ROOT);
    }

    /** The folder tag of the metrics: the {@code folder} option as given, or {@code default}. */
    String metricsFolder() {
        return settings.folder() == null || settings.folder().isBlank() ? "default" : settings.folder();
    }
}
