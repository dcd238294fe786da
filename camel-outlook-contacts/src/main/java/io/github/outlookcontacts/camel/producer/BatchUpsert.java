package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.graph.upsert.BatchUpserter;
import io.github.outlookcontacts.graph.upsert.UpsertKey;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;

/**
 * A {@code Collection} body on {@code upsert}: every item carries its own key (its external id extended property, or
 * its first email address with {@code matchOn=email}). {@link BatchUpserter} runs the lookups and writes through
 * {@code $batch} (items with the same key in input order); this class turns the items into its writes and its
 * results into one {@link OutlookContactsOutcome} per item, marking each write for ignoreOwnWrites.
 */
public final class BatchUpsert {

    private final ProducerContext ctx;

    public BatchUpsert(ProducerContext ctx) {
        this.ctx = ctx;
    }

    public void upsert(Exchange exchange) {
        refuseKeyHeader(exchange, ctx);
        List<?> items = CollectionHandler.items(exchange);
        OutlookContactsOutcome[] outcomes = new OutlookContactsOutcome[items.size()];
        List<Integer> indices = new ArrayList<>();
        List<BatchUpserter.Write> writes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                ObjectNode desired = ContactBodies.forCreate(items.get(i));
                UpsertKey key = UpsertKeys.resolve(ctx.options().getMatchOn(), null, desired, ctx.planner());
                writes.add(BatchUpserter.Write.upsert(key, desired));
                indices.add(i);
            } catch (IllegalArgumentException invalid) {
                outcomes[i] = OutlookContactsOutcome.failure(i, invalid);
            }
        }
        if (!writes.isEmpty()) {
            List<BatchUpserter.Result> results = new BatchUpserter(ctx.batches(), ctx.planner(), ctx.mailbox(),
                    ctx.folderId()).apply(writes);
            for (int k = 0; k < results.size(); k++) {
                outcomes[indices.get(k)] = outcome(indices.get(k), results.get(k));
            }
        }
        exchange.getMessage().setBody(Arrays.asList(outcomes));
    }

    /** One header cannot key many items. */
    static void refuseKeyHeader(Exchange exchange, ProducerContext ctx) {
        if (HeaderResolvers.externalId(exchange) != null) {
            throw new IllegalArgumentException("the header " + ProducerHeaders.EXTERNAL_ID
                    + " cannot key a Collection body; put each item's external id in its singleValueExtendedProperties"
                    + " (id '" + ctx.planner().externalIdProperty() + "') or use matchOn=email");
        }
    }

    private OutlookContactsOutcome outcome(int index, BatchUpserter.Result result) {
        if (!result.isSuccess()) {
            return OutlookContactsOutcome.failure(index, result.error());
        }
        String written = switch (result.action()) {
            case CREATED -> WriteResults.CREATED;
            case UPDATED -> WriteResults.UPDATED;
            case UNCHANGED -> WriteResults.UNCHANGED;
            case DELETED, ABSENT -> throw new IllegalStateException("an upsert does not delete: " + result.action());
        };
        Contact contact = ContactBodies.toContact(result.contact(), result.contactId());
        ctx.remember(contact, written, result.before());
        return OutlookContactsOutcome.success(index, contact, written);
    }
}
