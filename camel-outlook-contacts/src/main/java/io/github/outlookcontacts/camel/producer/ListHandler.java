package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.github.outlookcontacts.graph.ContactListing;
import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;

/**
 * {@code list}: every contact of the folder, following every {@code @odata.nextLink}, with the {@code filter},
 * {@code select}, {@code expand}, {@code orderBy}, {@code skip} and {@code count} options; {@code top} limits the
 * total. Pages are asked for {@value #PAGE_SIZE} at a time (Graph's default of 10 would spend the mailbox's request
 * budget ten times faster). With {@code streamList=true} the body is an {@link Iterator} that fetches the next page
 * only when it gets there, for {@code split(body()).streaming()} over large folders.
 */
public final class ListHandler {

    /** The largest {@code $top} Outlook honours for a contacts page. */
    static final int PAGE_SIZE = 1000;

    private final ProducerContext ctx;

    public ListHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    public void list(Exchange exchange) {
        ProducerConfiguration options = ctx.options();
        Integer top = top(exchange, options);
        String orderBy = exchange.getMessage().getHeader(ProducerHeaders.ORDER_BY, String.class);
        orderBy = orderBy == null || orderBy.isBlank() ? options.getOrderBy() : orderBy;
        int pageSize = top == null ? PAGE_SIZE : Math.min(PAGE_SIZE, top);
        ContactListing listing = ctx.client().listContacts(ctx.mailbox(), ctx.folderId(), new ContactQuery(
                ctx.target().select(), options.getFilter(), ctx.target().expand(), pageSize, orderBy,
                options.getSkip(), options.isCount()));
        if (options.isCount()) {
            exchange.getMessage().setHeader(ProducerHeaders.COUNT, listing.totalCount());
        }
        Iterator<Contact> contacts = top == null ? listing : limited(listing, top);
        if (options.isStreamList()) {
            exchange.getMessage().setBody(contacts);
            return;
        }
        List<Contact> all = new ArrayList<>();
        contacts.forEachRemaining(all::add);
        exchange.getMessage().setBody(all);
    }

    /** The header {@code CamelOutlookContactsTop}, else the {@code top} option; at least 1. */
    private static Integer top(Exchange exchange, ProducerConfiguration c) {
        Object header = exchange.getMessage().getHeader(ProducerHeaders.TOP);
        Integer top;
        String where;
        if (header != null) {
            where = "header " + ProducerHeaders.TOP;
            try {
                top = Integer.valueOf(header.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + " must be a whole number of at least 1, was '" + header
                        + "'", e);
            }
        } else {
            where = "option top";
            top = c.getTop();
        }
        if (top != null && top < 1) {
            throw new IllegalArgumentException(where + " must be at least 1, was " + top);
        }
        return top;
    }

    /** Stops after {@code max} contacts, so no page beyond the one holding the last is fetched. */
    private static Iterator<Contact> limited(Iterator<Contact> all, int max) {
        return new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return given < max && all.hasNext();
            }

            @Override
            public Contact next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return all.next();
            }
        };
    }
}
