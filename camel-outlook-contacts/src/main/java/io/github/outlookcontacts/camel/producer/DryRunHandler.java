package io.github.outlookcontacts.camel.producer;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.graph.upsert.UpsertDecision;
import io.github.outlookcontacts.graph.upsert.UpsertKey;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;

/**
 * {@code dryRun=true} for the write operations of one contact, folder or photo: the same validation and reads as the
 * real write (the upsert lookup, the current contact for update and delete), then a report instead of the write. The
 * body becomes the contact as it would be; {@code CamelOutlookContactsWriteResult} says what would happen and
 * {@code CamelOutlookContactsChangedFields} which properties would be set. Graph receives no POST, PATCH or DELETE.
 */
public final class DryRunHandler {

    private final ProducerContext ctx;
    private final ConflictingWrites writes;
    private final UpsertHandler upserts;
    private final FolderHandler folders;

    public DryRunHandler(ProducerContext ctx, UpsertHandler upserts, FolderHandler folders) {
        this.ctx = ctx;
        this.writes = new ConflictingWrites(ctx);
        this.upserts = upserts;
        this.folders = folders;
    }

    public void create(Exchange exchange) {
        ObjectNode json = ContactBodies.forCreate(exchange.getMessage().getBody());
        report(exchange, ContactBodies.toContact(json), WriteResults.CREATED, ContactBodies.fieldNames(json));
    }

    public void update(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "update", false, true);
        ObjectNode patch = ContactBodies.forUpdate(exchange.getMessage().getBody());
        Contact current = ctx.client().getContact(ctx.mailbox(), id, ContactQuery.NONE);
        ConflictingWrites.Planned planned = writes.plan("update", current, patch, HeaderResolvers.etag(exchange));
        report(exchange, planned.contact(), planned.result(), ContactBodies.fieldNames(planned.changes()));
    }

    /** A missing contact fails as the real delete would (not found). */
    public void delete(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "delete", true, true);
        ctx.client().getContact(ctx.mailbox(), id, ContactQuery.select("id"));
        report(exchange, Contact.ofId(id), WriteResults.DELETED, List.of());
    }

    public void upsert(Exchange exchange) {
        ObjectNode desired = ContactBodies.forCreate(exchange.getMessage().getBody());
        UpsertKey key = upserts.key(exchange, desired);
        UpsertDecision decision = upserts.decide(key, desired);
        ConflictingWrites.Planned planned = plan(decision, HeaderResolvers.etag(exchange));
        report(exchange, planned.contact(), planned.result(), ContactBodies.fieldNames(planned.changes()));
        exchange.getMessage().setHeader(ProducerHeaders.UPSERT_RESULT, planned.result());
    }

    /** What an upsert decision would write; {@code etag} (may be null) is checked as conflictPolicy says. */
    ConflictingWrites.Planned plan(UpsertDecision decision, String etag) {
        if (decision instanceof UpsertDecision.Create create) {
            return new ConflictingWrites.Planned(ContactBodies.toContact(create.body()), WriteResults.CREATED,
                    create.body());
        }
        if (decision instanceof UpsertDecision.Patch patch) {
            return writes.plan("upsert", ContactBodies.toContact(patch.existing()), patch.patch(), etag);
        }
        UpsertDecision.Unchanged unchanged = (UpsertDecision.Unchanged) decision;
        return new ConflictingWrites.Planned(ContactBodies.toContact(unchanged.existing()), WriteResults.UNCHANGED,
                JsonNodeFactory.instance.objectNode());
    }

    /** setPhoto and setUserPhoto: the image is read and checked (size, type); the body is left as it was. */
    public void setPhoto(Exchange exchange) {
        HeaderResolvers.contactId(exchange, "setPhoto", false, false);
        PhotoBytes.read(exchange);
        exchange.getMessage().setHeader(ProducerHeaders.WRITE_RESULT, WriteResults.UPDATED);
    }

    public void setUserPhoto(Exchange exchange) {
        PhotoBytes.read(exchange);
        exchange.getMessage().setHeader(ProducerHeaders.WRITE_RESULT, WriteResults.UPDATED);
    }

    public void createFolder(Exchange exchange) {
        HeaderResolvers.folderName(exchange);
        ctx.folderId();
        exchange.getMessage().setHeader(ProducerHeaders.WRITE_RESULT, WriteResults.CREATED);
    }

    public void deleteFolder(Exchange exchange) {
        String id = folders.folderToDelete(exchange);
        ctx.client().getFolder(ctx.mailbox(), id);
        exchange.getMessage().setHeader(ProducerHeaders.FOLDER_ID, id);
        exchange.getMessage().setHeader(ProducerHeaders.WRITE_RESULT, WriteResults.DELETED);
    }

    private static void report(Exchange exchange, Contact contact, String result, List<String> changedFields) {
        ProducerContext.setWritten(exchange, contact, result);
        exchange.getMessage().setHeader(ProducerHeaders.CHANGED_FIELDS, changedFields);
    }
}
