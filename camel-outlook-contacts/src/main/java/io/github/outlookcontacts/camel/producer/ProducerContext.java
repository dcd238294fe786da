package io.github.outlookcontacts.camel.producer;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.graph.upsert.UpsertPlanner;
import io.github.outlookcontacts.model.Contact;
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
     */
    public record Target(Mailbox mailbox, String folder, String select, boolean includeSubfolders, String expand) {
    }

    private final Supplier<GraphContactsClient> client;
    private final Target target;
    private final ProducerConfiguration options;
    private final FolderLookup folders;
    private final UpsertPlanner planner;
    private final Executor batchThreads;
    private final Map<String, String> batchHeaders;

    /**
     * @param client       the started endpoint's client (fails while the endpoint is not started)
     * @param batchHeaders headers every {@code $batch} sub-request carries (the immutable-id preference)
     * @param batchThreads the threads that send {@code $batch} requests
     */
    public ProducerContext(Supplier<GraphContactsClient> client, Target target, ProducerConfiguration options,
                           Map<String, String> batchHeaders, Executor batchThreads) {
        this.client = client;
        this.target = target;
        this.options = options;
        this.folders = new FolderLookup(client, target.mailbox(), target.folder());
        this.planner = new UpsertPlanner(options.getExternalIdProperty());
        this.batchHeaders = batchHeaders;
        this.batchThreads = batchThreads;
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

    /** Writes a contact result: the body and the contact id header. */
    public static void setContact(Exchange exchange, Contact contact) {
        Message message = exchange.getMessage();
        message.setBody(contact);
        message.setHeader(ProducerHeaders.CONTACT_ID, contact == null ? null : contact.getId());
    }
}
