package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;

/**
 * {@code list}: every contact of the folder, following every {@code @odata.nextLink}, with the {@code filter} and
 * {@code select} options. With {@code streamList=true} the body is an {@link Iterator} that fetches the next page
 * only when it gets there, for {@code split(body()).streaming()} over large folders.
 */
public final class ListHandler {

    private final ProducerContext ctx;

    public ListHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    public void list(Exchange exchange) {
        ProducerConfiguration options = ctx.options();
        Iterator<Contact> contacts = ctx.client().listContacts(ctx.mailbox(), ctx.folderId(),
                new ContactQuery(ctx.target().select(), options.getFilter(), null, null));
        if (options.isStreamList()) {
            exchange.getMessage().setBody(contacts);
            return;
        }
        List<Contact> all = new ArrayList<>();
        contacts.forEachRemaining(all::add);
        exchange.getMessage().setBody(all);
    }
}
