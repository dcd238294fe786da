package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.graph.batch.BatchItem;
import io.github.outlookcontacts.graph.batch.BatchOutcome;
import io.github.outlookcontacts.graph.upsert.AmbiguousMatchException;
import io.github.outlookcontacts.graph.upsert.MatchQueries;
import io.github.outlookcontacts.graph.upsert.UpsertDecision;
import io.github.outlookcontacts.graph.upsert.UpsertKey;
import io.github.outlookcontacts.graph.upsert.UpsertPlanner;
import org.apache.camel.Exchange;

/**
 * A {@code Collection} body on {@code upsert}: every item carries its own key (its external id extended property, or
 * its first email address with {@code matchOn=email}). The lookups run as {@code $batch} GETs, then the creates and
 * PATCHes as {@code $batch} writes; unchanged items send nothing.
 * <p>
 * Items with the same key are applied in input order, never in parallel: the first occurrence of every key runs in
 * wave 1, the second in wave 2, and so on, so a repeated record is created once and then updated (or unchanged) —
 * both items are reported.
 */
public final class BatchUpsert {

    private final ProducerContext ctx;
    private final CollectionHandler collections;

    public BatchUpsert(ProducerContext ctx, CollectionHandler collections) {
        this.ctx = ctx;
        this.collections = collections;
    }

    public void upsert(Exchange exchange) {
        if (HeaderResolvers.externalId(exchange) != null) {
            throw new IllegalArgumentException("the header " + ProducerHeaders.EXTERNAL_ID
                    + " cannot key a Collection body; put each item's external id in its singleValueExtendedProperties"
                    + " (id '" + ctx.planner().externalIdProperty() + "') or use matchOn=email");
        }
        List<?> items = CollectionHandler.items(exchange);
        OutlookContactsOutcome[] outcomes = new OutlookContactsOutcome[items.size()];
        ObjectNode[] desired = new ObjectNode[items.size()];
        UpsertKey[] keys = new UpsertKey[items.size()];
        List<List<Integer>> waves = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                desired[i] = ContactBodies.forCreate(items.get(i));
                keys[i] = UpsertKeys.resolve(ctx.options().getMatchOn(), null, desired[i], ctx.planner());
            } catch (IllegalArgumentException invalid) {
                outcomes[i] = OutlookContactsOutcome.failure(i, invalid);
                continue;
            }
            int wave = occurrences.merge(keys[i].dedupeKey(), 1, Integer::sum) - 1;
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(i);
        }
        for (List<Integer> wave : waves) {
            runWave(wave, desired, keys, outcomes);
        }
        exchange.getMessage().setBody(Arrays.asList(outcomes));
    }

    private void runWave(List<Integer> wave, ObjectNode[] desired, UpsertKey[] keys,
                         OutlookContactsOutcome[] outcomes) {
        List<BatchItem> lookups = new ArrayList<>(wave.size());
        for (int i : wave) {
            lookups.add(BatchItem.get(ctx.contactsPath()
                    + MatchQueries.queryString(ctx.planner().lookup(keys[i], desired[i]))));
        }
        List<BatchOutcome> found = ctx.batches().execute(lookups);
        CollectionHandler.Pending writes = new CollectionHandler.Pending();
        Map<Integer, String> results = new HashMap<>();
        Map<Integer, String> patchedIds = new HashMap<>();
        for (int k = 0; k < wave.size(); k++) {
            int i = wave.get(k);
            if (!found.get(k).isSuccess()) {
                outcomes[i] = OutlookContactsOutcome.failure(i, found.get(k).error());
                continue;
            }
            try {
                UpsertDecision decision = ctx.planner().decide(keys[i], desired[i], UpsertPlanner.matchesIn(found.get(k).body()));
                if (decision instanceof UpsertDecision.Create create) {
                    writes.add(i, BatchItem.post(ctx.contactsPath(), create.body()));
                    results.put(i, UpsertHandler.CREATED);
                } else if (decision instanceof UpsertDecision.Patch patch) {
                    writes.add(i, BatchItem.patch(ctx.contactPath(patch.contactId()), patch.patch()));
                    results.put(i, UpsertHandler.UPDATED);
                    patchedIds.put(i, patch.contactId());
                } else {
                    outcomes[i] = OutlookContactsOutcome.success(i,
                            ContactBodies.toContact(((UpsertDecision.Unchanged) decision).existing()),
                            UpsertHandler.UNCHANGED);
                }
            } catch (AmbiguousMatchException ambiguous) {
                outcomes[i] = OutlookContactsOutcome.failure(i, ambiguous);
            }
        }
        collections.run(writes, outcomes, (i, r) -> OutlookContactsOutcome.success(i,
                ContactBodies.toContact(r.body(), patchedIds.get(i)), results.get(i)));
    }
}
