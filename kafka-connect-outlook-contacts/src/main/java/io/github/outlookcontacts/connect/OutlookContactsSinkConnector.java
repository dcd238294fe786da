package io.github.outlookcontacts.connect;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Writes contacts from topics into one mailbox folder: upserts by external id or email address, deletes on
 * tombstones, through Graph {@code $batch}; records that cannot be written go to the dead-letter queue.
 */
public final class OutlookContactsSinkConnector extends SinkConnector {

    private Map<String, String> props;

    @Override
    public String version() {
        return Version.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        new SinkConfig(props);
        this.props = Map.copyOf(props);
    }

    /** Every task writes to the same mailbox; its per-mailbox limit is shared by the tasks of one worker only. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return Collections.nCopies(maxTasks, props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return OutlookContactsSinkTask.class;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        return ConfigChecks.withConnectionCheck(super.validate(connectorConfigs), connectorConfigs, SinkConfig::new);
    }

    @Override
    public ConfigDef config() {
        return SinkConfig.DEF;
    }

    @Override
    public void stop() {
        // Nothing to release: the tasks own the Graph clients.
    }
}
