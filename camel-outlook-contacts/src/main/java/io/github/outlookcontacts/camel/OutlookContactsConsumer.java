package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.sync.ContactChange;
import io.github.outlookcontacts.sync.DeltaSyncEngine;
import io.github.outlookcontacts.sync.PollResult;
import io.github.outlookcontacts.sync.SyncHealth;
import io.github.outlookcontacts.sync.SyncSettings;
import java.util.concurrent.locks.ReentrantLock;

import io.github.outlookcontacts.camel.push.PushNotifications;
import io.github.outlookcontacts.notify.SubscriptionStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls Graph delta for a folder (or folder tree) and routes one exchange per created, updated or deleted contact.
 * <p>
 * A {@link ScheduledPollConsumer} rather than a {@code ScheduledBatchPollingConsumer}: contacts are routed one by one
 * while the delta page is still being parsed, so no batch is ever held in memory, and the batch size is not known
 * up front. Each exchange is processed synchronously; the engine commits a page only when every exchange of it
 * completed without an exception, so a failure means the next poll delivers the unconfirmed changes again.
 */
public class OutlookContactsConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(OutlookContactsConsumer.class);

    private final SyncSettings settings;
    private int maxMessagesPerPoll;
    private StateRepository<String, String> repository;
    private boolean stopRepository;
    private volatile DeltaSyncEngine engine;
    /** Polls never overlap: the timer's and the push wake-ups'. */
    private final ReentrantLock polling = new ReentrantLock();
    private volatile PushNotifications push;

    public OutlookContactsConsumer(OutlookContactsEndpoint endpoint, Processor processor, SyncSettings settings) {
        super(endpoint, processor);
        this.settings = settings;
        this.maxMessagesPerPoll = endpoint.getConfiguration().getConsumerConfiguration().getMaxMessagesPerPoll();
    }

    @Override
    public OutlookContactsEndpoint getEndpoint() {
        return (OutlookContactsEndpoint) super.getEndpoint();
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
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
        engine = new DeltaSyncEngine(getEndpoint().getClient(), new StateRepositoryCursorStore(repository), settings);

        HealthCheckRepository healthChecks = HealthCheckHelper.getHealthCheckRepository(
                getEndpoint().getCamelContext(), "consumers", HealthCheckRepository.class);
        if (healthChecks != null) {
            setHealthCheck(new OutlookContactsConsumerHealthCheck(this, getRouteId()));
        }
        super.doStart();
        push = PushWiring.create(getEndpoint(), new StateRepositoryCursorStore(repository), null,
                this::pollNow);
        ServiceHelper.startService(push);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(push); // deletes the subscription before the last poll ends
        push = null;
        super.doStop();
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
        PollResult result = engine.poll(this::route, maxMessagesPerPoll);
        return result.emitted();
    }

    /** Routes one change and waits for it; true only if the exchange completed without an exception. */
    private boolean route(ContactChange change) {
        if (!isRunAllowed()) {
            return false; // stopping: leave the rest of the round (uncommitted) for the next start
        }
        Exchange exchange = getEndpoint().createExchange(change);
        exchange.getExchangeExtension().setFromRouteId(getRouteId());
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Routing " + change.type().value() + " of contact "
                                                  + change.contactId() + " failed; the sync cursor stays before it"
                                                  + " and it is delivered again on the next poll",
                    exchange, exchange.getException());
            return false;
        }
        if (exchange.isRollbackOnly()) {
            LOG.debug("Exchange {} was marked rollback-only; {} is delivered again on the next poll",
                    exchange.getExchangeId(), change);
            return false;
        }
        return true;
    }
}
