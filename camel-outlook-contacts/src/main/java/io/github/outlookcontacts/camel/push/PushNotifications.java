package io.github.outlookcontacts.camel.push;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

import io.github.outlookcontacts.graph.GraphSubscriptions;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.notify.CoalescingTrigger;
import io.github.outlookcontacts.notify.SubscriptionManager;
import io.github.outlookcontacts.notify.SubscriptionSettings;
import io.github.outlookcontacts.notify.SubscriptionStatus;
import io.github.outlookcontacts.sync.CursorStore;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Push for one {@code sync} consumer: the webhook receiver, the subscription manager and the coalescing wake-up
 * that runs {@code pollNow} on its own thread (the consumer makes sure no two polls overlap). Started after the
 * consumer's folder is resolved, stopped before the consumer stops.
 */
public final class PushNotifications extends ServiceSupport {

    private final CamelContext context;
    private final GraphSubscriptions graph;
    private final CursorStore store;
    private final SubscriptionSettings settings;
    private final String path;
    private final Runnable pollNow;
    private ScheduledExecutorService subscriptionThread;
    private ScheduledExecutorService wakeThread;
    private SubscriptionManager manager;
    private NotificationReceiver receiver;

    /**
     * @param path    the local path of the webhook on the platform HTTP server
     * @param pollNow runs one delta poll at once; called from the wake-up thread only
     */
    public PushNotifications(CamelContext context, GraphSubscriptions graph, CursorStore store,
                             SubscriptionSettings settings, String path, Runnable pollNow) {
        this.context = context;
        this.graph = graph;
        this.store = store;
        this.settings = settings;
        this.path = path;
        this.pollNow = pollNow;
    }

    /**
     * The subscription resource for a folder: the folder itself, or every contact of the mailbox for a folder
     * tree (Graph has no subscription on a tree) or an unknown default folder. Extra wake-ups cost one empty delta
     * read; missing ones would cost latency.
     */
    public static String resource(Mailbox mailbox, String folderId, boolean tree) {
        String prefix = mailbox.isMe() ? "me" : "users/" + mailbox.user();
        return tree || folderId == null ? prefix + "/contacts" : prefix + "/contactFolders/" + folderId + "/contacts";
    }

    /** A snapshot for the health check. */
    public SubscriptionStatus status() {
        SubscriptionManager current = manager;
        return current == null ? new SubscriptionStatus(SubscriptionStatus.State.STOPPED, null, null, 0, 0, null)
                : current.status();
    }

    @Override
    protected void doStart() throws Exception {
        subscriptionThread = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                "OutlookContactsSubscription");
        wakeThread = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                "OutlookContactsWakeUp");
        CoalescingTrigger wake = new CoalescingTrigger(wakeThread, CoalescingTrigger.DEFAULT_WINDOW, pollNow);
        manager = new SubscriptionManager(graph, store, settings, wake::fire, subscriptionThread, Clock.systemUTC());
        receiver = new NotificationReceiver(context, path, manager);
        ServiceHelper.startService(receiver); // Graph's validation call arrives while the manager subscribes
        manager.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (manager != null) {
            manager.stop();
        }
        ServiceHelper.stopService(receiver);
        context.getExecutorServiceManager().shutdownGraceful(wakeThread);
        context.getExecutorServiceManager().shutdownNow(subscriptionThread);
    }
}
