package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.model.GraphEntity;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.model.GraphObject;
import io.github.outlookcontacts.model.ProfilePhoto;
import io.github.outlookcontacts.transport.HttpRequest;
import io.github.outlookcontacts.transport.HttpResponse;
import io.github.outlookcontacts.transport.HttpTransport;
import io.github.outlookcontacts.transport.RequestBody;
import io.github.outlookcontacts.transport.RetryPolicy;

/**
 * The Graph contacts client over an {@link HttpTransport}: URLs from {@link GraphRequests}, errors from
 * {@link GraphErrorMapper}, pages from {@link DeltaPageReader}, links checked by {@link LinkGuard} before use.
 */
final class DefaultGraphContactsClient implements GraphContactsClient {

    /** Graph refuses photos of 4 MB and more. */
    static final int MAX_PHOTO_BYTES = 4 * 1024 * 1024;

    private final HttpTransport transport;
    private final GraphRequests requests;
    private final GraphCaller caller;
    private final LinkGuard guard;
    private final DeltaPageReader pages = new DeltaPageReader();
    private final DefaultFolderLocator defaultFolders;
    private final BatchCodec batches = new BatchCodec();
    private final GraphSubscriptions subscriptions;

    DefaultGraphContactsClient(HttpTransport transport) {
        this.transport = transport;
        this.requests = new GraphRequests(transport.baseUrl());
        this.caller = new GraphCaller(transport);
        this.guard = new LinkGuard(transport.baseUrl());
        this.defaultFolders = new DefaultFolderLocator(caller, requests);
        this.subscriptions = new GraphSubscriptions(caller, requests);
    }

    // --- folders ---

    @Override
    public String defaultFolderId(Mailbox mailbox) {
        return defaultFolders.defaultFolderId(mailbox);
    }

    @Override
    public List<ContactFolder> listFolders(Mailbox mailbox, String parentFolderId) {
        List<ContactFolder> folders = new ArrayList<>();
        URI page = requests.folders(mailbox, parentFolderId, List.of());
        while (page != null) {
            String next = fetchPage(page, null, ContactFolder.class, collect(folders)).nextLink();
            page = next == null ? null : guard.check(next, "@odata.nextLink");
        }
        return folders;
    }

    @Override
    public ContactFolder getFolder(Mailbox mailbox, String folderId) {
        return caller.json(HttpRequest.get(requests.folder(mailbox, require(folderId, "folderId"))),
                ContactFolder.class);
    }

    @Override
    public ContactFolder createFolder(Mailbox mailbox, String parentFolderId, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("displayName of a new contact folder must not be blank");
        }
        ObjectNode body = GraphJson.mapper().createObjectNode().put("displayName", displayName);
        return caller.json(HttpRequest.of("POST", requests.folders(mailbox, parentFolderId, List.of()),
                GraphCaller.jsonBody(body)), ContactFolder.class);
    }

    @Override
    public void deleteFolder(Mailbox mailbox, String folderId) {
        caller.discard(HttpRequest.of("DELETE", requests.folder(mailbox, require(folderId, "folderId")), null));
    }

    // --- contacts ---

    @Override
    public Contact getContact(Mailbox mailbox, String contactId, ContactQuery query) {
        return caller.json(HttpRequest.get(requests.contact(mailbox, require(contactId, "contactId"), query)),
                Contact.class);
    }

    @Override
    public Contact createContact(Mailbox mailbox, String folderId, Contact contact) {
        Objects.requireNonNull(contact, "contact");
        return caller.json(HttpRequest.of("POST", requests.contacts(mailbox, folderId, null),
                GraphCaller.jsonBody(contact)), Contact.class);
    }

    @Override
    public Contact updateContact(Mailbox mailbox, String contactId, ObjectNode patch, String ifMatch) {
        Objects.requireNonNull(patch, "patch");
        HttpRequest request = HttpRequest.of("PATCH", requests.contact(mailbox, require(contactId, "contactId"), null),
                GraphCaller.jsonBody(patch));
        return caller.json(ifMatch == null ? request : request.withHeader("If-Match", ifMatch), Contact.class);
    }

    @Override
    public void deleteContact(Mailbox mailbox, String contactId, String ifMatch) {
        HttpRequest request = HttpRequest.of("DELETE", requests.contact(mailbox, require(contactId, "contactId"),
                null), null);
        caller.discard(ifMatch == null ? request : request.withHeader("If-Match", ifMatch));
    }

    @Override
    public Iterator<Contact> listContacts(Mailbox mailbox, String folderId, ContactQuery query) {
        URI first = requests.contacts(mailbox, folderId, query);
        return new ContactPageIterator(first,
                (page, sink) -> fetchPage(page, null, Contact.class, sink).nextLink(), guard);
    }

    // --- photos ---

    @Override
    public byte[] getContactPhoto(Mailbox mailbox, String contactId) {
        return caller.bytes(HttpRequest.get(requests.contactPhoto(mailbox, require(contactId, "contactId"), true)));
    }

    @Override
    public ProfilePhoto getContactPhotoMetadata(Mailbox mailbox, String contactId) {
        return caller.json(HttpRequest.get(requests.contactPhoto(mailbox, require(contactId, "contactId"), false)),
                ProfilePhoto.class);
    }

    @Override
    public void setContactPhoto(Mailbox mailbox, String contactId, byte[] image, String contentType) {
        caller.discard(HttpRequest.of("PUT", requests.contactPhoto(mailbox, require(contactId, "contactId"), true),
                photoBody(image, contentType)));
    }

    @Override
    public byte[] getUserPhoto(Mailbox mailbox) {
        return caller.bytes(HttpRequest.get(requests.userPhoto(mailbox, true)));
    }

    @Override
    public ProfilePhoto getUserPhotoMetadata(Mailbox mailbox) {
        return caller.json(HttpRequest.get(requests.userPhoto(mailbox, false)), ProfilePhoto.class);
    }

    @Override
    public void setUserPhoto(Mailbox mailbox, byte[] image, String contentType) {
        caller.discard(HttpRequest.of("PUT", requests.userPhoto(mailbox, true), photoBody(image, contentType)));
    }

    private static RequestBody photoBody(byte[] image, String contentType) {
        if (image == null || image.length == 0) {
            throw new IllegalArgumentException("photo: the image must not be empty");
        }
        if (image.length >= MAX_PHOTO_BYTES) {
            throw new IllegalArgumentException("photo: " + image.length + " bytes is too large; Graph accepts photos"
                                               + " under 4 MB (" + MAX_PHOTO_BYTES + " bytes)");
        }
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("image/")) {
            throw new IllegalArgumentException("photo: content type must be an image type such as image/jpeg, was "
                                               + contentType);
        }
        return RequestBody.of(image, contentType);
    }

    // --- delta ---

    @Override
    public DeltaPage deltaContacts(DeltaRequest request, DeltaSink<Contact> sink) {
        Objects.requireNonNull(request.mailbox(), "mailbox");
        URI uri = request.link() != null ? guard.check(request.link(), "delta link")
                : requests.contactsDelta(request.mailbox(), request.folderId(), request.select());
        return checked(fetchPage(uri, request.pageSize(), Contact.class, sink));
    }

    @Override
    public DeltaPage deltaFolders(Mailbox mailbox, String link, DeltaSink<ContactFolder> sink) {
        URI uri = link != null ? guard.check(link, "delta link") : requests.foldersDelta(mailbox);
        return checked(fetchPage(uri, null, ContactFolder.class, sink));
    }

    /** Both links are checked now, so a bad one fails this page rather than a later request. */
    private DeltaPage checked(DeltaPage page) {
        if (page.nextLink() == null && page.deltaLink() == null) {
            throw new GraphException(200, "InvalidResponse", "a delta page carried neither @odata.nextLink nor"
                                                             + " @odata.deltaLink", null);
        }
        if (page.nextLink() != null) {
            guard.check(page.nextLink(), "@odata.nextLink");
        }
        if (page.deltaLink() != null) {
            guard.check(page.deltaLink(), "@odata.deltaLink");
        }
        return page;
    }

    /** GETs one collection page and streams its items into the sink. */
    private <T extends GraphObject & GraphEntity> DeltaPage fetchPage(URI uri, Integer pageSize, Class<T> type,
            DeltaSink<T> sink) {
        HttpRequest request = HttpRequest.get(uri).streaming();
        if (pageSize != null) {
            request = request.withHeader("Prefer", "odata.maxpagesize=" + pageSize);
        }
        try (HttpResponse response = caller.send(request)) {
            return pages.read(response.body(), type, sink);
        } catch (JsonProcessingException e) {
            throw new GraphException(200, "InvalidResponse", "the answer to " + GraphCaller.describe(request)
                                                             + " could not be read: " + e.getOriginalMessage(),
                    null, e);
        } catch (IOException e) {
            throw new GraphException(0, "IOError", "reading " + GraphCaller.describe(request) + " failed: " + e,
                    null, e);
        }
    }

    private static <T> DeltaSink<T> collect(List<T> into) {
        return new DeltaSink<>() {
            @Override
            public void changed(T item) {
                into.add(item);
            }

            @Override
            public void removed(String id, String reason) {
                // plain lists carry no removals
            }
        };
    }

    // --- batching ---

    @Override
    public List<BatchResponse> batch(List<BatchRequest> batch) {
        return batch(batch, null);
    }

    @Override
    public List<BatchResponse> batch(List<BatchRequest> batch, RetryPolicy.Attempts attempts) {
        if (batch.isEmpty()) {
            return List.of();
        }
        HttpRequest request = HttpRequest.of("POST", requests.batch(), GraphCaller.jsonBody(batches.encode(batch)));
        JsonNode envelope = caller.json(attempts == null ? request : request.countingAttemptsIn(attempts),
                JsonNode.class);
        try {
            return batches.decode(envelope);
        } catch (IllegalArgumentException e) {
            throw new GraphException(200, "InvalidResponse", e.getMessage(), null);
        }
    }

    @Override
    public GraphSubscriptions subscriptions() {
        return subscriptions;
    }

    @Override
    public RetryPolicy retryPolicy() {
        return transport.retryPolicy();
    }

    private static String require(String id, String name) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + " must be set");
        }
        return id;
    }

    @Override
    public void close() {
        transport.close();
    }
}
