package io.github.outlookcontacts.camel.producer;

import java.util.Map;
import java.util.concurrent.Executor;

import io.github.outlookcontacts.camel.OutlookContactsConfiguration;
import io.github.outlookcontacts.camel.OutlookContactsEndpoint;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphPaths;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.graph.upsert.UpsertPlanner;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What every handler shares: the endpoint's client, mailbox and options, the resolved folder, the upsert planner,
 * the batch executor, and how results are written to the message.
 */
public final class ProducerContext {

    private final OutlookContactsEndpoint endpoint;
    private final FolderLookup folders;
    private final UpsertPlanner planner;
    private final Executor batchThreads;
    private final Map<String, String> batchHeaders;

    public ProducerContext(OutlookContactsEndpoint endpoint, Executor batchThreads) {
        this.endpoint = endpoint;
        OutlookContactsConfiguration c = endpoint.getConfiguration();
        this.folders = new FolderLookup(this::client, endpoint.getMailbox(), c.getFolder());
        this.planner = new UpsertPlanner(c.getExternalIdProperty());
        this.batchHeaders = c.isImmutableIds() ? Map.of("Prefer", "IdType=\"ImmutableId\"") : Map.of();
        this.batchThreads = batchThreads;
    }

    public GraphContactsClient client() {
        GraphContactsClient client = endpoint.getClient();
        if (client == null) {
            throw new IllegalStateException("the endpoint " + endpoint + " is not started");
        }
        return client;
    }

    public Mailbox mailbox() {
        return endpoint.getMailbox();
    }

    public OutlookContactsConfiguration config() {
        return endpoint.getConfiguration();
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
        String folderId = folderId();
        return mailbox().pathPrefix()
               + (folderId == null ? "/contacts" : "/contactFolders/" + GraphPaths.segment(folderId) + "/contacts");
    }

    /** {@code /me/contacts/{id}}: one contact, wherever it is. */
    public String contactPath(String contactId) {
        return mailbox().pathPrefix() + "/contacts/" + GraphPaths.segment(contactId);
    }

    /** Writes a contact result: the body and the contact id header. */
    public static void setContact(Exchange exchange, Contact contact) {
        Message message = exchange.getMessage();
        message.setBody(contact);
        message.setHeader(io.github.outlookcontacts.camel.OutlookContactsConstants.CONTACT_ID,
                contact == null ? null : contact.getId());
    }
}
