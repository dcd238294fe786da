package io.github.outlookcontacts.camel.producer;

import java.util.Iterator;

import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.sync.DeleteLimit;

/**
 * {@code maxDeletesPerRound} on a {@code delete} collection: refuses the whole collection, before any delete, when it
 * holds more ids than the limit allows. A percentage is of the contacts in the {@code folder} option's folder.
 */
final class DeleteGuard {

    private DeleteGuard() {
    }

    static void check(ProducerContext ctx, int deletes) {
        DeleteLimit limit = ctx.target().deleteLimit();
        if (limit == null) {
            return;
        }
        long folderSize = limit.isPercentage() ? folderSize(ctx) : 0;
        limit.check(deletes, folderSize, "delete of a Collection body",
                "If the deletes are intended, raise maxDeletesPerRound or send them in smaller collections.");
    }

    private static long folderSize(ProducerContext ctx) {
        long size = 0;
        for (Iterator<Contact> it = ctx.client().listContacts(ctx.mailbox(), ctx.folderId(), ContactQuery.select("id"));
             it.hasNext(); it.next()) {
            size++;
        }
        return size;
    }
}
