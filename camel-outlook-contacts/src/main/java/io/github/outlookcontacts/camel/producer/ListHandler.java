package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.outlookcontacts.camel.OutlookContactsConfiguration;
import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;

/**
 * {@code list}: every contact of the folder, following every {@code @odata.nextLink}, with the {@code filter} and
 * {@code select} options. With {@code streamList=true} the body is an {@link Iterator} that fetches the next page
 * only when it gets there, for {@code split(body()).streaming()} over large folders.
 */
final class ListHandler {

    private final ProducerContext ctx;

    ListHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    void list(Exchange exchange) {
        OutlookContactsConfiguration c = ctx.config();
        Iterator<Contact> contacts = ctx.client().listContacts(ctx.mailbox(), ctx.folderId(),
                new ContactQuery(c.getSelect(), c.getFilter(), null, null));
        if (c.isStreamList()) {
            exchange.getMessage().setBody(contacts);
            return;
        }
        List<Contact> all = new ArrayList<>();
        contacts.forEachRemaining(all::add);
        exchange.getMessage().setBody(all);
    }
}
