package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.ContactBodies;
import io.github.outlookcontacts.graph.upsert.UpsertDecision;
import io.github.outlookcontacts.graph.upsert.UpsertKey;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.apache.camel.Exchange;

/**
 * {@code upsert} of one contact: find it by key with a server-side {@code $filter}, then create it, PATCH only what
 * differs, or send nothing. Upserts of the same key through this producer run one at a time, so two concurrent
 * messages for one record cannot both create it.
 */
public final class UpsertHandler {

    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String UNCHANGED = "unchanged";

    private static final int LOCK_STRIPES = 64;

    private final ProducerContext ctx;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    public UpsertHandler(ProducerContext ctx) {
        this.ctx = ctx;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public void upsert(Exchange exchange) {
        ObjectNode desired = ContactBodies.forCreate(exchange.getMessage().getBody());
        UpsertKey key = UpsertKeys.resolve(ctx.options().getMatchOn(), HeaderResolvers.externalId(exchange), desired,
                ctx.planner());
        ReentrantLock lock = locks[Math.floorMod(key.dedupeKey().hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            UpsertDecision decision = ctx.planner().decide(key, desired, findMatches(key, desired));
            Contact result;
            String outcome;
            if (decision instanceof UpsertDecision.Create create) {
                result = ctx.client().createContact(ctx.mailbox(), ctx.folderId(),
                        ContactBodies.toContact(create.body()));
                outcome = CREATED;
            } else if (decision instanceof UpsertDecision.Patch patch) {
                result = ctx.client().updateContact(ctx.mailbox(), patch.contactId(), patch.patch(), null);
                outcome = UPDATED;
            } else {
                result = ContactBodies.toContact(((UpsertDecision.Unchanged) decision).existing());
                outcome = UNCHANGED;
            }
            ProducerContext.setContact(exchange, result);
            exchange.getMessage().setHeader(ProducerHeaders.UPSERT_RESULT, outcome);
        } finally {
            lock.unlock();
        }
    }

    /** The first two matches are enough: one is the contact, two is ambiguous. */
    private List<ObjectNode> findMatches(UpsertKey key, ObjectNode desired) {
        Iterator<Contact> found = ctx.client().listContacts(ctx.mailbox(), ctx.folderId(),
                ctx.planner().lookup(key, desired));
        List<ObjectNode> matches = new ArrayList<>(2);
        while (matches.size() < 2 && found.hasNext()) {
            matches.add(GraphJson.toObjectNode(found.next()));
        }
        return matches;
    }
}
