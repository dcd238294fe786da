package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.graph.batch.BatchItem;
import io.github.outlookcontacts.graph.batch.BatchOutcome;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;

/**
 * A {@code Collection} body on {@code create} or {@code delete}: invalid items fail at once without any HTTP call,
 * valid ones go through {@code $batch} (see {@link io.github.outlookcontacts.graph.batch.BatchExecutor}). The body
 * becomes a {@code List<OutlookContactsOutcome>}, one per item in input order; a bad item never stops the others.
 * ({@code upsert} collections are handled by {@link BatchUpsert}.)
 */
public final class CollectionHandler {

    private final ProducerContext ctx;

    public CollectionHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    public void create(Exchange exchange) {
        List<?> items = items(exchange);
        OutlookContactsOutcome[] outcomes = new OutlookContactsOutcome[items.size()];
        Pending pending = new Pending();
        for (int i = 0; i < items.size(); i++) {
            try {
                ObjectNode json = ContactBodies.forCreate(items.get(i));
                pending.add(i, BatchItem.post(ctx.contactsPath(), json));
            } catch (IllegalArgumentException invalid) {
                outcomes[i] = OutlookContactsOutcome.failure(i, invalid);
            }
        }
        run(pending, outcomes, (i, r) -> OutlookContactsOutcome.success(i, ContactBodies.toContact(r.body()), null));
        exchange.getMessage().setBody(Arrays.asList(outcomes));
    }

    /** Items are contact ids (String), or contacts / maps carrying their id; a success holds only the id. */
    public void delete(Exchange exchange) {
        List<?> items = items(exchange);
        OutlookContactsOutcome[] outcomes = new OutlookContactsOutcome[items.size()];
        Pending pending = new Pending();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String id = item instanceof String s && !s.isBlank() ? s.trim() : HeaderResolvers.idOf(item);
            ids.add(id);
            if (id == null) {
                outcomes[i] = OutlookContactsOutcome.failure(i, new IllegalArgumentException(
                        "item " + i + " has no contact id; send ids as Strings, or contacts/maps with an id"));
            } else {
                pending.add(i, BatchItem.delete(ctx.contactPath(id)));
            }
        }
        run(pending, outcomes, (i, r) -> OutlookContactsOutcome.success(i, Contact.ofId(ids.get(i)), null));
        exchange.getMessage().setBody(Arrays.asList(outcomes));
    }

    static List<?> items(Exchange exchange) {
        return new ArrayList<>((Collection<?>) exchange.getMessage().getBody());
    }

    /** Sends the pending requests and files each result under its item's index. */
    void run(Pending pending, OutlookContactsOutcome[] outcomes, SuccessMapper onSuccess) {
        if (pending.requests.isEmpty()) {
            return;
        }
        List<BatchOutcome> results = ctx.batches().execute(pending.requests);
        for (int k = 0; k < results.size(); k++) {
            int index = pending.indices.get(k);
            BatchOutcome result = results.get(k);
            outcomes[index] = result.isSuccess() ? onSuccess.map(index, result)
                    : OutlookContactsOutcome.failure(index, result.error());
        }
    }

    @FunctionalInterface
    interface SuccessMapper {
        OutlookContactsOutcome map(int index, BatchOutcome result);
    }

    /** Requests to send, each with the index of the input item it belongs to. */
    static final class Pending {
        final List<Integer> indices = new ArrayList<>();
        final List<BatchItem> requests = new ArrayList<>();

        void add(int index, BatchItem request) {
            indices.add(index);
            requests.add(request);
        }
    }
}
