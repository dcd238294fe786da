package io.github.outlookcontacts.camel.producer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.graph.GraphConflictException;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;

/**
 * {@code create}, {@code get}, {@code update} (PATCH of the properties present) and {@code delete} of one contact.
 */
public final class ContactHandler {

    private final ProducerContext ctx;

    public ContactHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    public void create(Exchange exchange) {
        ObjectNode json = ContactBodies.forCreate(exchange.getMessage().getBody());
        Contact created = ctx.client().createContact(ctx.mailbox(), ctx.folderId(), ContactBodies.toContact(json));
        ProducerContext.setContact(exchange, created);
    }

    public void get(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "get", true, false);
        try {
            ProducerContext.setContact(exchange, ctx.client().getContact(ctx.mailbox(), id,
                    new ContactQuery(ctx.target().select(), null, ctx.target().expand(), null)));
        } catch (GraphNotFoundException e) {
            throw ProducerErrors.contactNotFound(e, "get", id);
        }
    }

    public void update(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "update", false, true);
        ObjectNode patch = ContactBodies.forUpdate(exchange.getMessage().getBody());
        String etag = HeaderResolvers.etag(exchange);
        try {
            ProducerContext.setContact(exchange, ctx.client().updateContact(ctx.mailbox(), id, patch, etag));
        } catch (GraphConflictException e) {
            throw ProducerErrors.concurrencyConflict(e, "update", id, etag);
        } catch (GraphNotFoundException e) {
            throw ProducerErrors.contactNotFound(e, "update", id);
        }
    }

    /** The result body is a contact holding only the deleted id, like the consumer's deleted exchanges. */
    public void delete(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "delete", true, true);
        String etag = HeaderResolvers.etag(exchange);
        try {
            ctx.client().deleteContact(ctx.mailbox(), id, etag);
        } catch (GraphConflictException e) {
            throw ProducerErrors.concurrencyConflict(e, "delete", id, etag);
        } catch (GraphNotFoundException e) {
            throw ProducerErrors.contactNotFound(e, "delete", id);
        }
        ProducerContext.setContact(exchange, Contact.ofId(id));
    }
}
