package io.github.outlookcontacts.camel.producer;

import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.graph.GraphConflictException;
import io.github.outlookcontacts.graph.upsert.ContactDiff;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;

/**
 * A PATCH sent with the etag the caller last saw (If-Match), and what {@code conflictPolicy} does when Outlook has a
 * newer version (412): fail, keep Outlook's version ({@code skipped}), or re-read and apply the caller's fields.
 */
final class ConflictingWrites {

    /** sourceWins re-reads and re-applies at most this often when other writers keep changing the contact. */
    private static final int SOURCE_WINS_ATTEMPTS = 3;

    /**
     * The contact after the write (Outlook's version when skipped), a {@link WriteResults} value, and the changeKey
     * the write started from (null when not known).
     */
    record Written(Contact contact, String result, String before) {
    }

    private final ProducerContext ctx;

    ConflictingWrites(ProducerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * PATCHes {@code patch} with If-Match {@code etag} (may be null: no condition, no conflict); {@code seen} is the
     * changeKey of the version the caller based the patch on, when known without an etag (the upsert's match).
     */
    Written patch(String operation, String id, ObjectNode patch, String etag, String seen) {
        String before = etag != null ? changeKeyOf(etag) : seen;
        try {
            return new Written(ctx.client().updateContact(ctx.mailbox(), id, patch, etag), WriteResults.UPDATED,
                    before);
        } catch (GraphConflictException conflict) {
            return switch (ctx.options().getConflictPolicy()) {
                case targetWins -> new Written(read(id), WriteResults.SKIPPED, null);
                case sourceWins -> reapply(operation, id, patch, etag, conflict);
                case fail -> throw ProducerErrors.concurrencyConflict(conflict, operation, id, etag);
            };
        }
    }

    /**
     * What {@link #patch} would do, without writing: {@code current} is the contact as Graph has it now. A stale etag
     * with conflictPolicy=fail is the concurrency error, as a real write would raise it.
     */
    Planned plan(String operation, Contact current, ObjectNode patch, String etag) {
        boolean stale = etag != null && !matches(etag, current);
        if (stale && ctx.options().getConflictPolicy() == ConflictPolicy.targetWins) {
            return new Planned(current, WriteResults.SKIPPED, JsonNodeFactory.instance.objectNode());
        }
        if (stale && ctx.options().getConflictPolicy() == ConflictPolicy.fail) {
            throw ProducerErrors.concurrencyConflict(new GraphConflictException(412, "ErrorIrresolvableConflict",
                    "(dry run) the contact's current changeKey is " + current.getChangeKey(), null), operation,
                    current.getId(), etag);
        }
        ObjectNode changes = ContactDiff.patch(patch, GraphJson.toObjectNode(current), Set.of());
        return new Planned(ContactBodies.merged(GraphJson.toObjectNode(current), changes),
                changes.isEmpty() ? WriteResults.UNCHANGED : WriteResults.UPDATED, changes);
    }

    /** A planned write: the contact as it would be, the result, the properties that would change. */
    record Planned(Contact contact, String result, ObjectNode changes) {
    }

    private Written reapply(String operation, String id, ObjectNode patch, String etag, GraphConflictException first) {
        for (int attempt = 0; attempt < SOURCE_WINS_ATTEMPTS; attempt++) {
            Contact current = read(id);
            ObjectNode changes = ContactDiff.patch(patch, GraphJson.toObjectNode(current), Set.of());
            if (changes.isEmpty()) {
                return new Written(current, WriteResults.UNCHANGED, null);
            }
            try {
                return new Written(ctx.client().updateContact(ctx.mailbox(), id, changes, current.getETag()),
                        WriteResults.UPDATED, current.getChangeKey());
            } catch (GraphConflictException again) {
                // yet another writer between our read and write: read again
            }
        }
        throw ProducerErrors.concurrencyConflict(first, operation + " (conflictPolicy=sourceWins, "
                + SOURCE_WINS_ATTEMPTS + " re-reads)", id, etag);
    }

    private Contact read(String id) {
        return ctx.client().getContact(ctx.mailbox(), id, ContactQuery.NONE);
    }

    /** An etag names the contact's current version: {@code W/"<changeKey>"}, {@code "<changeKey>"} or {@code *}. */
    static boolean matches(String etag, Contact current) {
        return "*".equals(etag.trim()) || changeKeyOf(etag).equals(current.getChangeKey());
    }

    /** The changeKey an etag names ({@code W/"<changeKey>"} or {@code "<changeKey>"}); null for {@code *}. */
    static String changeKeyOf(String etag) {
        String v = etag.trim();
        if ("*".equals(v)) {
            return null;
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
