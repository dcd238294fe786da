package io.github.outlookcontacts.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.sync.ChangeType;
import io.github.outlookcontacts.sync.ContactChange;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Turns one page's changes into source records: key = contact id, value = the contact as schemaless Graph JSON (a
 * map) or, with {@code value.schema.enable}, a {@link ContactStruct}; a tombstone on delete, and headers naming the change type, folder and mailbox. Only the page's last record
 * carries the offset after the page; the ones before it carry the offset before it, because Connect commits the
 * offset of the last acknowledged record of an unbroken acknowledged run, which may end inside a page.
 */
final class ContactRecords {

    static final String CHANGE_TYPE_HEADER = "outlook.contacts.change.type";
    static final String FOLDER_HEADER = "outlook.contacts.folder.id";
    static final String MAILBOX_HEADER = "outlook.contacts.mailbox";
    static final String REMOVED_REASON_HEADER = "outlook.contacts.removed.reason";

    private final String topic;
    private final String heartbeatTopic;
    private final boolean valueSchema;

    ContactRecords(String topic, String heartbeatTopic, boolean valueSchema) {
        this.topic = topic;
        this.heartbeatTopic = heartbeatTopic;
        this.valueSchema = valueSchema;
    }

    List<SourceRecord> page(FolderPartition partition, List<ContactChange> changes, Map<String, Object> before,
                            Map<String, Object> after) {
        List<SourceRecord> records = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            records.add(record(partition, changes.get(i), i == changes.size() - 1 ? after : before));
        }
        return records;
    }

    /** A page without changes still moved the cursor: this small record carries the new offset. */
    SourceRecord heartbeat(FolderPartition partition, Map<String, Object> after) {
        return new SourceRecord(partition.sourcePartition(), after, heartbeatTopic, null, Schema.STRING_SCHEMA,
                partition.toString(), Schema.INT64_SCHEMA, System.currentTimeMillis());
    }

    /** One carrier record per chunk write: its offset is the chunk's (key: mailbox/folder and slot). */
    List<SourceRecord> chunks(FolderPartition partition, List<OffsetCursorStore.ChunkWrite> writes) {
        List<SourceRecord> carriers = new ArrayList<>(writes.size());
        for (OffsetCursorStore.ChunkWrite write : writes) {
            carriers.add(new SourceRecord(write.partition(), write.offset(), heartbeatTopic, null,
                    Schema.STRING_SCHEMA, partition + "#chunk" + write.slot(), Schema.INT64_SCHEMA,
                    System.currentTimeMillis()));
        }
        return carriers;
    }

    private SourceRecord record(FolderPartition partition, ContactChange change, Map<String, Object> offset) {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString(CHANGE_TYPE_HEADER, change.type().value());
        headers.addString(MAILBOX_HEADER, partition.user());
        if (change.folderId() != null) {
            headers.addString(FOLDER_HEADER, change.folderId());
        }
        if (change.removedReason() != null) {
            headers.addString(REMOVED_REASON_HEADER, change.removedReason());
        }
        if (change.type() == ChangeType.DELETED) {
            // A tombstone has neither value nor value schema, so every converter writes a null (JsonConverter
            // would otherwise write an envelope with a null payload, which compaction keeps).
            return new SourceRecord(partition.sourcePartition(), offset, topic, null, Schema.STRING_SCHEMA,
                    change.contactId(), null, null, null, headers);
        }
        Map<String, Object> json = GraphJson.toMap(change.contact());
        return new SourceRecord(partition.sourcePartition(), offset, topic, null, Schema.STRING_SCHEMA,
                change.contactId(), valueSchema ? ContactStruct.SCHEMA : null,
                valueSchema ? ContactStruct.of(json) : json, null, headers);
    }
}
