package io.github.outlookcontacts.connect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the contact changes of mailbox folders into a topic, one source partition per mailbox and folder, spread
 * over {@code tasks.max} tasks. The mailboxes are the configured list and, with {@code mailboxes.group.id}, the
 * users of an Entra group, read again every {@code mailboxes.group.refresh.ms}: when they changed, the connector asks
 * Connect to reconfigure the tasks.
 */
public final class OutlookContactsSourceConnector extends SourceConnector {

    private static final Logger LOG = LoggerFactory.getLogger(OutlookContactsSourceConnector.class);

    private Map<String, String> props;
    private SourceConfig config;
    private GroupMembers group;
    private ScheduledExecutorService refresher;
    private volatile List<String> groupUsers = List.of();

    @Override
    public String version() {
        return Version.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        this.props = Map.copyOf(props);
        this.config = new SourceConfig(props);
        if (config.getString(SourceConfig.GROUP_ID) != null && !config.getString(SourceConfig.GROUP_ID).isBlank()) {
            group = GroupMembers.of(config);
            groupUsers = readGroup(); // a missing group or permission fails the connector here, naming the group
            long every = config.getLong(SourceConfig.GROUP_REFRESH_MS);
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "outlook-contacts-group-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(this::refreshGroup, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** The group's users that the configured list does not already name (by id, UPN or mail). */
    private List<String> readGroup() {
        Set<String> listed = new HashSet<>();
        config.mailboxes().forEach(m -> listed.add(m.toLowerCase(Locale.ROOT)));
        List<String> users = new ArrayList<>();
        for (GroupMembers.User user : group.users()) {
            if (!listed.contains(user.id().toLowerCase(Locale.ROOT)) && !names(listed, user.userPrincipalName())
                && !names(listed, user.mail())) {
                users.add(user.id());
            }
        }
        return List.copyOf(users);
    }

    private static boolean names(Set<String> listed, String name) {
        return name != null && listed.contains(name.toLowerCase(Locale.ROOT));
    }

    private void refreshGroup() {
        try {
            List<String> now = readGroup();
            if (!now.equals(groupUsers)) {
                LOG.info("Entra group {} changed: {} users now, {} before; reconfiguring the tasks",
                        config.getString(SourceConfig.GROUP_ID), now.size(), groupUsers.size());
                groupUsers = now;
                context.requestTaskReconfiguration();
            }
        } catch (RuntimeException e) {
            // Keep syncing the members known so far; the next refresh tries again.
            LOG.warn("Reading the members of Entra group {} failed ({}); keeping the {} users known",
                    config.getString(SourceConfig.GROUP_ID), e.getMessage(), groupUsers.size());
        }
    }

    /** The mailboxes to sync now: the configured ones, then the group's users. */
    List<String> mailboxes() {
        List<String> all = new ArrayList<>(config.mailboxes());
        all.addAll(groupUsers);
        return all;
    }

    /** Deals the partitions out round-robin, so every task gets an equal share (within one). */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<FolderPartition> partitions = config.partitions(mailboxes());
        int tasks = Math.min(maxTasks, partitions.size());
        List<List<String>> shares = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < partitions.size(); i++) {
            shares.get(i % tasks).add(partitions.get(i).encode());
        }
        List<Map<String, String>> configs = new ArrayList<>();
        for (List<String> share : shares) {
            Map<String, String> task = new HashMap<>(props);
            task.put(SourceConfig.TASK_FOLDERS, String.join(",", share));
            configs.add(task);
        }
        return configs;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return OutlookContactsSourceTask.class;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        ConfigValue mailboxes = ConfigChecks.value(result.configValues(), SourceConfig.MAILBOXES);
        ConfigValue group = ConfigChecks.value(result.configValues(), SourceConfig.GROUP_ID);
        @SuppressWarnings("unchecked")
        String missing = mailboxes.errorMessages().isEmpty() && group.errorMessages().isEmpty()
                ? SourceConfig.missingMailboxes((List<String>) mailboxes.value(), (String) group.value()) : null;
        if (missing != null) {
            mailboxes.addErrorMessage(missing);
        }
        return ConfigChecks.withConnectionCheck(result, connectorConfigs, SourceConfig::new);
    }

    @Override
    public ConfigDef config() {
        return SourceConfig.DEF;
    }

    /**
     * Each poll returns the records of one page with the offset after it, so the default transaction boundary
     * ({@code poll}) makes one transaction per page.
     */
    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    @Override
    public void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
        if (group != null) {
            group.close();
            group = null;
        }
    }
}
