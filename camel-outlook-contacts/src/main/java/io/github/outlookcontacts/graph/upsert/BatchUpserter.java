package io.github.outlookcontacts.graph.upsert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.graph.batch.BatchItem;
import io.github.outlookcontacts.graph.batch.BatchOutcome;

/**
 * Applies keyed upserts and deletes to one folder through {@code $batch}: the lookups of every write run as batched
 * GETs, then the POSTs, PATCHes and DELETEs as batched writes; an unchanged contact sends nothing. The producer's
 * {@code Collection} upsert and the Kafka Connect sink both run on it.
 * <p>
 * Writes with the same key are applied in input order, never in parallel: the first occurrence of every key runs in
 * wave 1, the second in wave 2, and so on, so a repeated record is created once and then updated (or unchanged).
 * Every write gets its own {@link Result}; a failed one never stops the others.
 */
public final class BatchUpserter {

    /** What a write did. */
    public enum Action {
        CREATED, UPDATED, UNCHANGED, DELETED,
        /** A delete whose key matched no contact: nothing to do. */
        ABSENT
    }

    /** One write: {@code desired} null deletes the contact the key finds. */
    public record Write(UpsertKey key, ObjectNode desired) {
        public Write {
            Objects.requireNonNull(key, "key");
        }

        public static Write upsert(UpsertKey key, ObjectNode desired) {
            return new Write(key, Objects.requireNonNull(desired, "desired"));
        }

        public static Write delete(UpsertKey key) {
            return new Write(key, null);
        }
    }

    /**
     * The result of one write.
     *
     * @param action    what was done (or attempted, when the write failed); null when it failed before Graph was
     *                  asked to write (lookup failed, ambiguous match)
     * @param contactId the contact written, matched or deleted; null for a create Graph answered without a body
     * @param contact   Graph's answer to the write, the matched contact when unchanged, null otherwise
     * @param before    the changeKey the update started from (null unless updated)
     * @param error     null on success
     */
    public record Result(Action action, String contactId, JsonNode contact, String before, RuntimeException error) {

        public boolean isSuccess() {
            return error == null;
        }

        static Result failure(Action action, RuntimeException error) {
            return new Result(action, null, null, null, error);
        }
    }

    private static final ObjectNode NOTHING = JsonNodeFactory.instance.objectNode();

    private final BatchExecutor batches;
    private final UpsertPlanner planner;
    private final Mailbox mailbox;
    private final String folderId;

    /** {@code folderId} null: the mailbox's default Contacts folder. */
    public BatchUpserter(BatchExecutor batches, UpsertPlanner planner, Mailbox mailbox, String folderId) {
        this.batches = batches;
        this.planner = planner;
        this.mailbox = mailbox;
        this.folderId = folderId;
    }

    /** One result per write, in input order. */
    public List<Result> apply(List<Write> writes) {
        Result[] results = new Result[writes.size()];
        for (List<Integer> wave : waves(writes)) {
            runWave(writes, wave, results);
        }
        return List.of(results);
    }

    /** The indices of the writes, grouped so that no wave holds a key twice, in input order. */
    private static List<List<Integer>> waves(List<Write> writes) {
        List<List<Integer>> waves = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            int wave = occurrences.merge(writes.get(i).key().dedupeKey(), 1, Integer::sum) - 1;
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(i);
        }
        return waves;
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
        List<Planned> planned = new ArrayList<>();
        for (int k = 0; k < wave.size(); k++) {
            int i = wave.get(k);
            if (!found.get(k).isSuccess()) {
                results[i] = Result.failure(null, found.get(k).error());
                continue;
            }
            try {
                Planned plan = plan(writes.get(i), UpsertPlanner.matchesIn(found.get(k).body()));
                if (plan.request() == null) {
                    results[i] = plan.result(null);
                } else {
                    sent.add(i);
                    planned.add(plan);
                }
            } catch (AmbiguousMatchException ambiguous) {
                results[i] = Result.failure(null, ambiguous);
            }
        }
        if (planned.isEmpty()) {
            return;
        }
        List<BatchOutcome> written = batches.execute(planned.stream().map(Planned::request).toList());
        for (int k = 0; k < written.size(); k++) {
            BatchOutcome outcome = written.get(k);
            results[sent.get(k)] = outcome.isSuccess() ? planned.get(k).result(outcome.body())
                    : Result.failure(planned.get(k).action(), outcome.error());
        }
    }

    /**
     * What one write does once its matches are known: the request to send (null when nothing needs sending), and
     * what its result will say.
     */
    private record Planned(Action action, BatchItem request, String contactId, ObjectNode existing, String before) {

        /** The result once Graph answered {@code answer} (null when nothing was sent or the answer has no body). */
        Result result(JsonNode answer) {
            return switch (action) {
                case CREATED -> new Result(action, answer == null ? null : answer.path("id").asText(null), answer,
                        null, null);
                case UPDATED -> new Result(action, contactId, answer, before, null);
                case UNCHANGED -> new Result(action, contactId, existing, null, null);
                case DELETED, ABSENT -> new Result(action, contactId, null, null, null);
            };
        }
    }

    private Planned plan(Write write, List<ObjectNode> matches) {
        if (write.desired() == null) {
            if (matches.isEmpty()) {
                return new Planned(Action.ABSENT, null, null, null, null);
            }
            if (matches.size() > 1) {
                throw new AmbiguousMatchException(UpsertPlanner.describe(write.key()),
                        matches.stream().map(m -> m.path("id").asText()).toList());
            }
            String id = matches.get(0).path("id").asText();
            return new Planned(Action.DELETED, BatchItem.delete(mailbox.contactPath(id)), id, null, null);
        }
        UpsertDecision decision = planner.decide(write.key(), write.desired(), matches);
        if (decision instanceof UpsertDecision.Create create) {
            return new Planned(Action.CREATED, BatchItem.post(mailbox.contactsPath(folderId), create.body()), null,
                    null, null);
        }
        if (decision instanceof UpsertDecision.Patch patch) {
            return new Planned(Action.UPDATED, BatchItem.patch(mailbox.contactPath(patch.contactId()), patch.patch()),
                    patch.contactId(), patch.existing(), patch.existing().path("changeKey").asText(null));
        }
        UpsertDecision.Unchanged unchanged = (UpsertDecision.Unchanged) decision;
        return new Planned(Action.UNCHANGED, null, unchanged.contactId(), unchanged.existing(), null);
    }
}
