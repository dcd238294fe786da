package io.github.outlookcontacts.connect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.graph.batch.BatchItem;
import io.github.outlookcontacts.graph.batch.BatchOutcome;
import io.github.outlookcontacts.graph.upsert.AmbiguousMatchException;
import io.github.outlookcontacts.graph.upsert.MatchQueries;
import io.github.outlookcontacts.graph.upsert.UpsertDecision;
import io.github.outlookcontacts.graph.upsert.UpsertKey;
import io.github.outlookcontacts.graph.upsert.UpsertPlanner;

/**
 * Applies upserts and deletes to one folder through {@code $batch}: the lookups of every write run as one set of
 * batched GETs, then the POSTs, PATCHes and DELETEs as batched writes; unchanged contacts send nothing. Writes with
 * the same key are applied in their input order, in successive waves (as the producer does for collections).
 */
final class ContactWriter {

    /** One write: {@code desired} null deletes the contact the key finds. */
    record Write(UpsertKey key, ObjectNode desired) {
    }

    /** The result of one write: null error on success. */
    record Result(String action, Exception error) {
        boolean isSuccess() {
            return error == null;
        }
    }

    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String UNCHANGED = "unchanged";
    static final String DELETED = "deleted";
    static final String ABSENT = "absent";

    private static final ObjectNode NOTHING = JsonNodeFactory.instance.objectNode();

    private final BatchExecutor batches;
    private final UpsertPlanner planner;
    private final Mailbox mailbox;
    private final String folderId;

    ContactWriter(BatchExecutor batches, UpsertPlanner planner, Mailbox mailbox, String folderId) {
        this.batches = batches;
        this.planner = planner;
        this.mailbox = mailbox;
        this.folderId = folderId;
    }

    /** One result per write, in input order; a failed write never stops the others. */
    List<Result> apply(List<Write> writes) {
        Result[] results = new Result[writes.size()];
        List<List<Integer>> waves = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            int wave = occurrences.merge(writes.get(i).key().dedupeKey(), 1, Integer::sum) - 1;
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(i);
        }
        waves.forEach(wave -> runWave(writes, wave, results));
        return List.of(results);
    }

    private void runWave(List<Write> writes, List<Integer> wave, Result[] results) {
        List<BatchItem> lookups = new ArrayList<>(wave.size());
        for (int i : wave) {
            Write write = writes.get(i);
            ObjectNode desired = write.desired() == null ? NOTHING : write.desired();
            lookups.add(BatchItem.get(mailbox.contactsPath(folderId)
                    + MatchQueries.queryString(planner.lookup(write.key(), desired))));
        }
        List<BatchOutcome> found = batches.execute(lookups);
        List<Integer> sent = new ArrayList<>();
        List<BatchItem> requests = new ArrayList<>();
        Map<Integer, String> actions = new HashMap<>();
        for (int k = 0; k < wave.size(); k++) {
            int i = wave.get(k);
            if (!found.get(k).isSuccess()) {
                results[i] = new Result(null, found.get(k).error());
                continue;
            }
            try {
                BatchItem request = decide(writes.get(i), UpsertPlanner.matchesIn(found.get(k).body()), actions, i);
                if (request == null) {
                    results[i] = new Result(actions.get(i), null);
                } else {
                    sent.add(i);
                    requests.add(request);
                }
            } catch (AmbiguousMatchException ambiguous) {
                results[i] = new Result(null, ambiguous);
            }
        }
        List<BatchOutcome> written = requests.isEmpty() ? List.of() : batches.execute(requests);
        for (int k = 0; k < written.size(); k++) {
            int i = sent.get(k);
            GraphException error = written.get(k).error();
            results[i] = new Result(actions.get(i), error);
        }
    }

    /** The request to send for one write, or null when nothing needs sending. */
    private BatchItem decide(Write write, List<ObjectNode> matches, Map<Integer, String> actions, int index) {
        if (write.desired() == null) {
            if (matches.isEmpty()) {
                actions.put(index, ABSENT);
                return null;
            }
            if (matches.size() > 1) {
                throw new AmbiguousMatchException(UpsertPlanner.describe(write.key()),
                        matches.stream().map(m -> m.path("id").asText()).toList());
            }
            actions.put(index, DELETED);
            return BatchItem.delete(mailbox.contactPath(matches.get(0).path("id").asText()));
        }
        UpsertDecision decision = planner.decide(write.key(), write.desired(), matches);
        if (decision instanceof UpsertDecision.Create create) {
            actions.put(index, CREATED);
            return BatchItem.post(mailbox.contactsPath(folderId), create.body());
        }
        if (decision instanceof UpsertDecision.Patch patch) {
            actions.put(index, UPDATED);
            return BatchItem.patch(mailbox.contactPath(patch.contactId()), patch.patch());
        }
        actions.put(index, UNCHANGED);
        return null;
    }
}
