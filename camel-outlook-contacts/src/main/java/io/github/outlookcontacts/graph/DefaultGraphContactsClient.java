package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.model.ProfilePhoto;
import io.github.outlookcontacts.transport.HttpRequest;
import io.github.outlookcontacts.transport.HttpResponse;
import io.github.outlookcontacts.transport.Redaction;

/**
 * The Graph v1.0 contacts client over {@link GraphHttp}. Every id goes through {@link GraphPaths#segment}.
 */
final class DefaultGraphContactsClient implements GraphContactsClient {

    static final int MAX_BATCH = 20;

    private final GraphHttp http;
    private final LinkGuard links;
    private final ConcurrentMap<Mailbox, String> defaultFolders = new ConcurrentHashMap<>();

    DefaultGraphContactsClient(GraphHttp http) {
        this.http = http;
        this.links = new LinkGuard(URI.create(http.base()));
    }

    // --- folders ---

    @Override
    public String defaultFolderId(Mailbox mailbox) {
        String cached = defaultFolders.get(mailbox);
        if (cached != null) {
            return cached;
        }
        String id = firstParentFolderId(mailbox, "/contactFolders");
        if (id == null) {
            id = firstParentFolderId(mailbox, "/contacts");
        }
        if (id != null) {
            defaultFolders.put(mailbox, id);
        }
        return id;
    }

    private String firstParentFolderId(Mailbox mailbox, String collection) {
        JsonNode page = http.json("GET", http.uri(mailbox.pathPrefix() + collection,
                "$top=1&$select=parentFolderId"), null, Map.of(), JsonNode.class);
        JsonNode first = page.path("value").path(0);
        return first.hasNonNull("parentFolderId") ? first.get("parentFolderId").asText() : null;
    }

    @Override
    public List<ContactFolder> listFolders(Mailbox mailbox, String parentFolderId) {
        List<ContactFolder> folders = new ArrayList<>();
        new PageIterator<>(firstFolderPage(mailbox, parentFolderId), ContactFolder.class).forEachRemaining(
                folders::add);
        return folders;
    }

    private URI firstFolderPage(Mailbox mailbox, String parentFolderId) {
        return parentFolderId == null ? http.uri(mailbox.pathPrefix() + "/contactFolders", null)
                : http.uri(folderPath(mailbox, parentFolderId) + "/childFolders", null);
    }

    @Override
    public ContactFolder getFolder(Mailbox mailbox, String folderId) {
        return http.json("GET", http.uri(folderPath(mailbox, folderId), null), null, Map.of(), ContactFolder.class);
    }

    @Override
    public ContactFolder createFolder(Mailbox mailbox, String parentFolderId, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("a folder needs a displayName");
        }
        URI uri = parentFolderId == null ? http.uri(mailbox.pathPrefix() + "/contactFolders", null)
                : http.uri(folderPath(mailbox, parentFolderId) + "/childFolders", null);
        return http.json("POST", uri, Map.of("displayName", displayName), Map.of(), ContactFolder.class);
    }

    @Override
    public void deleteFolder(Mailbox mailbox, String folderId) {
        http.json("DELETE", http.uri(folderPath(mailbox, folderId), null), null, Map.of(), Void.class);
    }

    // --- contacts ---

    @Override
    public Contact getContact(Mailbox mailbox, String contactId, ContactQuery query) {
        return http.json("GET", http.uri(contactPath(mailbox, contactId), GraphQueries.of(query)), null, Map.of(),
                Contact.class);
    }

    @Override
    public Contact createContact(Mailbox mailbox, String folderId, Contact contact) {
        return http.json("POST", http.uri(contactsPath(mailbox, folderId), null), contact, Map.of(), Contact.class);
    }

    @Override
    public Contact updateContact(Mailbox mailbox, String contactId, ObjectNode patch, String ifMatch) {
        return http.json("PATCH", http.uri(contactPath(mailbox, contactId), null), patch, ifMatch(ifMatch),
                Contact.class);
    }

    @Override
    public void deleteContact(Mailbox mailbox, String contactId, String ifMatch) {
        http.json("DELETE", http.uri(contactPath(mailbox, contactId), null), null, ifMatch(ifMatch), Void.class);
    }

    @Override
    public Iterator<Contact> listContacts(Mailbox mailbox, String folderId, ContactQuery query) {
        return new PageIterator<>(http.uri(contactsPath(mailbox, folderId), GraphQueries.of(query)), Contact.class);
    }

    // --- photos ---

    @Override
    public byte[] getContactPhoto(Mailbox mailbox, String contactId) {
        return http.bytes(http.uri(contactPath(mailbox, contactId) + "/photo/$value", null));
    }

    @Override
    public ProfilePhoto getContactPhotoMetadata(Mailbox mailbox, String contactId) {
        return http.json("GET", http.uri(contactPath(mailbox, contactId) + "/photo", null), null, Map.of(),
                ProfilePhoto.class);
    }

    @Override
    public void setContactPhoto(Mailbox mailbox, String contactId, byte[] image, String contentType) {
        http.put(http.uri(contactPath(mailbox, contactId) + "/photo/$value", null), image, contentType);
    }

    @Override
    public byte[] getUserPhoto(Mailbox mailbox) {
        return http.bytes(http.uri(mailbox.pathPrefix() + "/photo/$value", null));
    }

    @Override
    public ProfilePhoto getUserPhotoMetadata(Mailbox mailbox) {
        return http.json("GET", http.uri(mailbox.pathPrefix() + "/photo", null), null, Map.of(), ProfilePhoto.class);
    }

    @Override
    public void setUserPhoto(Mailbox mailbox, byte[] image, String contentType) {
        http.put(http.uri(mailbox.pathPrefix() + "/photo/$value", null), image, contentType);
    }

    // --- delta ---

    @Override
    public DeltaPage deltaContacts(DeltaRequest request, DeltaSink<Contact> sink) {
        URI uri = request.link() != null ? links.check(request.link())
                : http.uri(contactsPath(request.mailbox(), request.folderId()) + "/delta",
                        GraphQueries.deltaSelect(request.select()));
        Map<String, String> headers = request.pageSize() == null ? Map.of()
                : Map.of("Prefer", "odata.maxpagesize=" + request.pageSize());
        return readDelta(new HttpRequest("GET", uri, headers, null, null, true), Contact.class, sink);
    }

    @Override
    public DeltaPage deltaFolders(Mailbox mailbox, String link, DeltaSink<ContactFolder> sink) {
        URI uri = link != null ? links.check(link) : http.uri(mailbox.pathPrefix() + "/contactFolders/delta", null);
        return readDelta(new HttpRequest("GET", uri, Map.of(), null, null, true), ContactFolder.class, sink);
    }

    private <T> DeltaPage readDelta(HttpRequest request, Class<T> type, DeltaSink<T> sink) {
        try (HttpResponse response = http.send(request)) {
            DeltaPage page = DeltaPageReader.read(response.body(), type, sink);
            // Check the links before anyone stores them: a cursor must never point at another host.
            links.check(page.isLastPage() ? page.deltaLink() : page.nextLink());
            return page;
        } catch (IOException e) {
            throw new GraphException(0, "TransportError", "reading the delta page " + Redaction.url(request.uri())
                                                          + " failed: " + e.getMessage(), null, e);
        }
    }

    // --- batching ---

    @Override
    public List<BatchResponse> batch(List<BatchRequest> requests) {
        if (requests.isEmpty() || requests.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a $batch takes 1 to " + MAX_BATCH + " requests, not "
                                               + requests.size());
        }
        ObjectNode envelope = GraphJson.mapper().createObjectNode();
        ArrayNode array = envelope.putArray("requests");
        for (BatchRequest r : requests) {
            if (r.url() == null || !r.url().startsWith("/") || r.url().contains("://")) {
                throw new IllegalArgumentException("a $batch url must be relative to the Graph root and start with"
                                                   + " '/': " + r.url());
            }
            array.add(GraphJson.toTree(r));
        }
        JsonNode answer = http.json("POST", http.uri("/$batch", null), envelope, Map.of(), JsonNode.class);
        List<BatchResponse> responses = new ArrayList<>();
        for (JsonNode node : answer.path("responses")) {
            responses.add(GraphJson.fromTree(node, BatchResponse.class));
        }
        return responses;
    }

    @Override
    public void close() {
        http.close();
    }

    // --- paths ---

    private static String folderPath(Mailbox mailbox, String folderId) {
        return mailbox.pathPrefix() + "/contactFolders/" + GraphPaths.segment(folderId);
    }

    private static String contactsPath(Mailbox mailbox, String folderId) {
        return folderId == null ? mailbox.pathPrefix() + "/contacts" : folderPath(mailbox, folderId) + "/contacts";
    }

    private static String contactPath(Mailbox mailbox, String contactId) {
        if (contactId == null || contactId.isEmpty()) {
            throw new IllegalArgumentException("a contact id is required");
        }
        return mailbox.pathPrefix() + "/contacts/" + GraphPaths.segment(contactId);
    }

    private static Map<String, String> ifMatch(String etag) {
        return etag == null || etag.isBlank() ? Map.of() : Map.of("If-Match", etag);
    }

    /** Follows {@code @odata.nextLink} one page at a time, only when the caller asks for more. */
    private final class PageIterator<T> implements Iterator<T> {

        private final Class<T> type;
        private URI next;
        private Iterator<JsonNode> current = java.util.Collections.emptyIterator();

        PageIterator(URI first, Class<T> type) {
            this.next = first;
            this.type = type;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && next != null) {
                JsonNode page = http.json("GET", next, null, Map.of(), JsonNode.class);
                current = page.path("value").elements();
                next = page.hasNonNull("@odata.nextLink") ? links.check(page.get("@odata.nextLink").asText()) : null;
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return GraphJson.fromTree(current.next(), type);
        }
    }
}
