package io.github.outlookcontacts.connect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.graph.FolderResolver;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.graph.upsert.BatchUpserter;
import io.github.outlookcontacts.graph.upsert.UpsertKey;
import io.github.outlookcontacts.graph.upsert.UpsertPlanner;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each {@link #put} batch of records into the folder through {@link BatchUpserter}, the engine the producer's
 * {@code Collection} upsert runs on too. A record that cannot be written (bad contact, no key, Graph refusing it)
 * goes to the dead-letter queue; throttling and server errors that outlast the transport's retries make Connect
 * deliver the whole batch again (writes are idempotent upserts).
 */
public final class OutlookContactsSinkTask extends SinkTask {

    private static final Logger LOG = LoggerFactory.getLogger(OutlookContactsSinkTask.class);

    private GraphContactsClient client;
    private BatchUpserter writer;
    private UpsertPlanner planner;
    private SinkConfig config;
    private ErrantRecordReporter reporter;

    @Override
    public String version() {
        return Version.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        config = new SinkConfig(props);
        client = GraphConnectionConfig.client(config);
        planner = new UpsertPlanner(config.getString(SinkConfig.EXTERNAL_ID_PROPERTY));
        Mailbox mailbox = config.mailbox();
        String folderId = config.folder() == null ? null : new FolderResolver(client).resolve(mailbox, config.folder());
        writer = new BatchUpserter(new BatchExecutor(client, null, GraphConnectionConfig.batchHeaders(config)),
                planner, mailbox, folderId);
        reporter = errantRecordReporter();
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        List<SinkRecord> accepted = new ArrayList<>();
        List<BatchUpserter.Write> writes = new ArrayList<>();
        for (SinkRecord record : records) {
            try {
                writes.add(write(record));
                accepted.add(record);
            } catch (IllegalArgumentException invalid) {
                report(record, invalid);
            }
        }
        List<BatchUpserter.Result> results = writer.apply(writes);
        for (int i = 0; i < results.size(); i++) {
            Exception error = results.get(i).error();
            if (error instanceof GraphException graph && isTransient(graph)) {
                throw new RetriableException("Graph did not accept the writes in time (" + graph.getMessage()
                        + "); the batch is delivered again", graph);
            }
        }
        for (int i = 0; i < results.size(); i++) {
            if (!results.get(i).isSuccess()) {
                report(accepted.get(i), results.get(i).error());
            }
        }
    }

    /** The write a record asks for; an {@link IllegalArgumentException} names what is wrong with it. */
    BatchUpserter.Write write(SinkRecord record) {
        ObjectNode desired = record.value() == null ? null : ContactBodies.forCreate(contactBody(record.value()));
        if (config.matchOnEmail()) {
            if (desired == null) {
                throw new IllegalArgumentException("a tombstone cannot be matched with match.on=email (it has no"
                        + " email address); use match.on=externalId to delete");
            }
            return BatchUpserter.Write.upsert(UpsertKey.email(UpsertPlanner.firstEmail(desired).orElseThrow(
                    () -> new IllegalArgumentException("match.on=email needs an email address in emailAddresses;"
                            + " the record's contact has none"))), desired);
        }
        String externalId = externalId(record);
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException(config.externalIdHeader() == null
                    ? "the record has no key; match.on=externalId uses the record key as the external id"
                    : "the record has no header " + config.externalIdHeader() + " (external.id.header)");
        }
        UpsertKey key = UpsertKey.externalId(externalId);
        return desired == null ? BatchUpserter.Write.delete(key) : BatchUpserter.Write.upsert(key, desired);
    }

    private String externalId(SinkRecord record) {
        if (config.externalIdHeader() == null) {
            return text(record.key());
        }
        Header header = record.headers().lastWithName(config.externalIdHeader());
        return header == null ? null : text(header.value());
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }

    /** A schemaless map, a JSON string or bytes; a Connect Struct is not supported yet. */
    private static Object contactBody(Object value) {
        if (value instanceof org.apache.kafka.connect.data.Struct) {
            throw new IllegalArgumentException("Struct values are not supported; send the contact as schemaless"
                    + " JSON (a map) or a JSON string in Graph camelCase");
        }
        return value;
    }

    private static boolean isTransient(GraphException e) {
        return e.getStatus() == 0 || e.getStatus() == 429 || e.getStatus() >= 500;
    }

    private void report(SinkRecord record, Exception error) {
        if (reporter == null) {
            throw new ConnectException("cannot write the record at " + record.topic() + "-" + record.kafkaPartition()
                    + "@" + record.kafkaOffset() + ": " + error.getMessage(), error);
        }
        LOG.debug("Record {}-{}@{} sent to the dead-letter queue: {}", record.topic(), record.kafkaPartition(),
                record.kafkaOffset(), error.getMessage());
        reporter.report(record, error);
    }

    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError olderWorker) {
            return null;
        }
    }

    @Override
    public void stop() {
        if (client != null) {
            client.close();
        }
    }
}
