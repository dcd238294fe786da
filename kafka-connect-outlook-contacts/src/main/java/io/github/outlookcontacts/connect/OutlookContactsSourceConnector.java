package io.github.outlookcontacts.connect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Streams the contact changes of mailbox folders into a topic, one source partition per mailbox and folder, spread
 * over {@code tasks.max} tasks.
 */
public final class OutlookContactsSourceConnector extends SourceConnector {

    private Map<String, String> props;
    private SourceConfig config;

    @Override
    public String version() {
        return Version.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        this.props = Map.copyOf(props);
        this.config = new SourceConfig(props);
    }

    /** Deals the partitions out round-robin, so every task gets an equal share (within one). */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<FolderPartition> partitions = config.partitions();
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
        return ConfigChecks.withConnectionCheck(super.validate(connectorConfigs), connectorConfigs, SourceConfig::new);
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
        // Nothing to release: the tasks own the Graph clients.
    }
}
