package io.github.outlookcontacts.camel.producer;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.graph.upsert.UpsertPlanner;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.sync.DeleteLimit;
import io.github.outlookcontacts.sync.OwnWrites;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What every handler shares: the Graph client, what the endpoint works on, the producer options, the resolved
 * folder, the upsert planner, the batch executor, and how results are written to the message. It knows nothing of
 * the endpoint that built it.
 */
public final class ProducerContext {

    /**
     * What the producer works on, from the endpoint's common options.
     *
     * @param mailbox           the mailbox
     * @param folder            the {@code folder} option (id or display-name path), or null for the default folder
     * @param select            comma-separated {@code $select}, or null for all properties
     * @param includeSubfolders {@code listFolders} lists the whole tree
     * @param expand            {@code $expand} for {@code get} and {@code list}, or null
     * @param deleteLimit       {@code maxDeletesPerRound} for {@code delete} collections, or null for none
     */
    public record Target(Mailbox mailbox, String folder, String select, boolean includeSubfolders, String expand,
                         DeleteLimit deleteLimit) {
    }

    private final Supplier<GraphContactsClient> client;
    private final Target target;
    private final ProducerConfiguration options;
    private final FolderLookup folders;
    private final UpsertPlanner planner;
    private final Executor batchThreads;
    private final Map<String, String> batchHeaders;
    private final OwnWrites ownWrites;

    /**
     * @param client       the started endpoint's client (fails while the endpoint is not started)
     * @param batchHeaders headers every {@code $batch} sub-request carries (the immutable-id preference)
     * @param batchThreads the threads that send {@code $batch} requests
     * @param ownWrites    where writes are marked for the consumer's ignoreOwnWrites, or null to mark nothing
     */
    public ProducerContext(Supplier<GraphContactsClient> client, Target target, ProducerConfiguration options,
                           Map<String, String> batchHeaders, Executor batchThreads, OwnWrites ownWrites) {
        this.client = client;
        this.target = target;
        this.options = options;
        this.folders = new FolderLookup(client, target.mailbox(), target.folder());
        this.planner = new UpsertPlanner(options.getExternalIdProperty());
        this.batchHeaders = batchHeaders;
        this.batchThreads = batchThreads;
        this.ownWrites = ownWrites;
    }

    public GraphContactsClient client() {
        return client.get();
    }

    public Mailbox mailbox() {
        return target.mailbox();
    }

    public Target target() {
        return target;
    }

    public ProducerConfiguration options() {
        return options;
    }

    /** The id of the folder named by the {@code folder} option, or null for the default Contacts folder. */
    public String folderId() {
        return folders.folderId();
    }

    public FolderLookup folders() {
        return folders;
    }

    public UpsertPlanner planner() {
        return planner;
    }

    /** The threads that send {@code $batch} requests (also the dry run's parallel lookups). */
    public Executor threads() {
        return batchThreads;
    }

    /** Runs items through {@code $batch} with the client's retry policy and per-mailbox concurrency limit. */
    public BatchExecutor batches() {
        return new BatchExecutor(client(), batchThreads, batchHeaders);
    }

    /** {@code /me/contacts} or {@code /me/contactFolders/{id}/contacts}: the contacts collection of the folder. */
    public String contactsPath() {
        return mailbox().contactsPath(folderId());
    }

    /** {@code /me/contacts/{id}}: one contact, wherever it is. */
    public String contactPath(String contactId) {
        return mailbox().contactPath(contactId);
    }

    /**
     * Marks a write Graph acknowledged, so a consumer with ignoreOwnWrites sharing the state repository does not emit
     * its echo; {@code result} is a {@link WriteResults} value (unchanged and skipped wrote nothing), {@code before}
     * the changeKey the write started from (null: not known; ignored for created and deleted).
     */
    public void remember(Contact contact, String result, String before) {
        if (ownWrites == null || contact == null) {
            return;
        }
        if (WriteResults.DELETED.equals(result)) {
            ownWrites.deleted(mailbox(), contact.getId());
        } else if (WriteResults.CREATED.equals(result)) {
            ownWrites.wrote(mailbox(), contact.getId(), OwnWrites.NEW, contact.getChangeKey());
        } else if (WriteResults.UPDATED.equals(result)) {
            ownWrites.wrote(mailbox(), contact.getId(), before == null ? OwnWrites.UNKNOWN : before,
                    contact.getChangeKey());
        }
    }

    /** True when writes are marked for ignoreOwnWrites (the endpoint has a stateRepository). */
    public boolean marksOwnWrites() {
        return ownWrites != null;
    }

    /** The result of a write that was made: {@link #remember marked}, then set as {@link #setWritten} does. */
    public void written(Exchange exchange, Contact contact, String result, String before) {
        remember(contact, result, before);
        setWritten(exchange, contact, result);
    }

    /** Writes the result of a write: the contact as {@link #setContact} does, and the {@link WriteResults} value. */
    public static void setWritten(Exchange exchange, Contact contact, String result) {
        setContact(exchange, contact);
        exchange.getMessage().setHeader(ProducerHeaders.WRITE_RESULT, result);
    }

    /** Writes a contact result: the body and the contact id header. */
    public static void setContact(Exchange exchange, Contact contact) {
        Message message = exchange.getMessage();
        message.setBody(contact);
        message.setHeader(ProducerHeaders.CONTACT_ID, contact == null ? null : contact.getId());
    }
}
