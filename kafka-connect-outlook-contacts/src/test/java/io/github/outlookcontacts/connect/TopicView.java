package io.github.outlookcontacts.connect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;

/** What a contacts topic holds, read back in order: every record, and the compacted view (latest per key). */
final class TopicView {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record as the test needs it; {@code value} null for a tombstone. */
    record Change(String mailbox, String type, String contactId, JsonNode value) {
        String changeKey() {
            return value == null ? null : value.path("changeKey").asText(null);
        }
    }

    final List<Change> changes = new ArrayList<>();

    TopicView(ConsumerRecords<byte[], byte[]> records) {
        for (ConsumerRecord<byte[], byte[]> r : records) {
            changes.add(new Change(header(r, ContactRecords.MAILBOX_HEADER), header(r, ContactRecords.CHANGE_TYPE_HEADER),
                    new String(r.key(), StandardCharsets.UTF_8), r.value() == null ? null : read(r.value())));
        }
    }

    /** Latest value per contact id; tombstones remove the key. */
    Map<String, JsonNode> compacted() {
        Map<String, JsonNode> view = new LinkedHashMap<>();
        for (Change c : changes) {
            if (c.value() == null) {
                view.remove(c.contactId());
            } else {
                view.put(c.contactId(), c.value());
            }
        }
        return view;
    }

    /** Records that repeat an earlier record exactly (same contact, type and changeKey). */
    int duplicates() {
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (Change c : changes) {
            if (!seen.add(c.contactId() + "|" + c.type() + "|" + c.changeKey())) {
                duplicates++;
            }
        }
        return duplicates;
    }

    /** Per contact id, the changeKeys and deletes seen. */
    Map<String, Set<String>> seenStates() {
        Map<String, Set<String>> states = new HashMap<>();
        for (Change c : changes) {
            states.computeIfAbsent(c.contactId(), k -> new HashSet<>())
                    .add(c.value() == null ? "deleted" : c.changeKey());
        }
        return states;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode read(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + new String(value, StandardCharsets.UTF_8), e);
        }
    }
}
