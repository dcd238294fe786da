package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.graph.upsert.UpsertDecision;
import io.github.outlookcontacts.graph.upsert.UpsertKey;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.apache.camel.Exchange;

/**
 * {@code dryRun=true} for {@code Collection} bodies on create, upsert and delete: one
 * {@link OutlookContactsOutcome#planned planned outcome} per item, in input order. The reads (upsert lookups, the
 * existence of each contact to delete) are single GETs sent in parallel, never a {@code $batch} (a POST), so Graph
 * receives no write at all. A key repeated in the collection is planned against what its earlier occurrence would
 * have written, as the real run applies them in order.
 */
public final class DryRunCollections {

    private final ProducerContext ctx;
    private final DryRunHandler single;

    public DryRunCollections(ProducerContext ctx, DryRunHandler single) {
        this.ctx = ctx;
        this.single = single;
    }

    public void create(Exchange exchange) {
        List<?> items = CollectionHandler.items(exchange);
        OutlookContactsOutcome[] outcomes = new OutlookContactsOutcome[items.size()];
        for (int i = 0; i < items.size(); i++) {
            try {
                ObjectNode json = ContactBodies.forCreate(items.get(i));
                outcomes[i] = OutlookContactsOutcome.planned(i, ContactBodies.toContact(json), WriteResults.CREATED,
                        ContactBodies.fieldNames(json), false);
            } catch (IllegalArgumentException invalid) {
                outcomes[i] = OutlookContactsOutcome.failure(i, invalid);
            }
        }
        exchange.getMessage().setBody(Arrays.asList(outcomes));
    }

    /** The guard runs first, as for a real delete; then each id must name an existing contact. */
    public void delete(Exchange exchange) {
        List<?> items = CollectionHandler.items(exchange);
        OutlookContactsOutcome[] outcomes = new OutlookContactsOutcome[items.size()];
        List<String> ids = CollectionHandler.deleteIds(items, outcomes);
        DeleteGuard.check(ctx, (int) ids.stream().filter(id -> id != null).count());
        List<Object> found = inParallel(ids, id -> id == null ? null
                : ctx.client().getContact(ctx.mailbox(), id, ContactQuery.select("id")));
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null) {
                outcomes[i] = found.get(i) instanceof RuntimeException e ? OutlookContactsOutcome.failure(i, e)
                        : OutlookContactsOutcome.planned(i, Contact.ofId(ids.get(i)), WriteResults.DELETED, List.of(),
                                false);
            }
        }
        exchange.getMessage().setBody(Arrays.asList(outcomes));
    }

    public void upsert(Exchange exchange) {
        BatchUpsert.refuseKeyHeader(exchange, ctx);
        List<?> items = CollectionHandler.items(exchange);
        OutlookContactsOutcome[] outcomes = new OutlookContactsOutcome[items.size()];
        ObjectNode[] desired = new ObjectNode[items.size()];
        UpsertKey[] keys = new UpsertKey[items.size()];
        Map<String, Integer> firstOccurrence = new HashMap<>();
        List<Integer> lookups = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                desired[i] = ContactBodies.forCreate(items.get(i));
                keys[i] = UpsertKeys.resolve(ctx.options().getMatchOn(), null, desired[i], ctx.planner());
                if (firstOccurrence.putIfAbsent(keys[i].dedupeKey(), i) == null) {
                    lookups.add(i);
                }
            } catch (IllegalArgumentException invalid) {
                outcomes[i] = OutlookContactsOutcome.failure(i, invalid);
            }
        }
        List<Object> found = inParallel(lookups,
                i -> UpsertHandler.findMatches(ctx, keys[i], desired[i]));
        Map<String, Object> state = new HashMap<>();
        for (int k = 0; k < lookups.size(); k++) {
            state.put(keys[lookups.get(k)].dedupeKey(), found.get(k));
        }
        for (int i = 0; i < items.size(); i++) {
            if (outcomes[i] == null) {
                outcomes[i] = planUpsert(i, keys[i], desired[i], state);
            }
        }
        exchange.getMessage().setBody(Arrays.asList(outcomes));
    }

    /** Plans item {@code i} against the key's current state, then files what it would leave as the new state. */
    @SuppressWarnings("unchecked")
    private OutlookContactsOutcome planUpsert(int i, UpsertKey key, ObjectNode desired, Map<String, Object> state) {
        Object current = state.get(key.dedupeKey());
        if (current instanceof RuntimeException failed) {
            return OutlookContactsOutcome.failure(i, failed);
        }
        try {
            UpsertDecision decision = ctx.planner().decide(key, desired, (List<ObjectNode>) current);
            ConflictingWrites.Planned planned = single.plan(decision, null);
            ObjectNode after = GraphJson.toObjectNode(planned.contact());
            state.put(key.dedupeKey(), List.of(after));
            return OutlookContactsOutcome.planned(i, planned.contact(), planned.result(),
                    ContactBodies.fieldNames(planned.changes()), true);
        } catch (RuntimeException e) {
            return OutlookContactsOutcome.failure(i, e);
        }
    }

    /** {@code read} of every input on the producer's threads; each result is the value or the exception. */
    private <T> List<Object> inParallel(List<T> inputs, Function<T, Object> read) {
        List<CompletableFuture<Object>> futures = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            futures.add(CompletableFuture.supplyAsync(() -> read.apply(input), ctx.threads()));
        }
        List<Object> results = new ArrayList<>(inputs.size());
        for (CompletableFuture<Object> future : futures) {
            try {
                results.add(future.join());
            } catch (CompletionException e) {
                results.add(e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
            }
        }
        return results;
    }
}
