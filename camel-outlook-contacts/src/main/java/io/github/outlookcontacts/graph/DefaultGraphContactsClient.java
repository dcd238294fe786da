package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.model.GraphEntity;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.model.GraphObject;
import io.github.outlookcontacts.model.OpenTypeExtension;
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


    /** The id Outlook gives an open extension: this prefix and its name. */
    static final String EXTENSION_ID_PREFIX = "Microsoft.OutlookServices.OpenTypeExtension.";

    private final HttpTransport transport;
    private final GraphRequests requests;
    private final GraphCaller caller;
    private final LinkGuard guard;
    private final DeltaPageReader pages = new DeltaPageReader();
    private final DefaultFolderLocator defaultFolders;
    private final BatchCodec batches = new BatchCodec();
    private final DeltaExpander expander = new DeltaExpander(this::batch);
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
    public ContactListing listContacts(Mailbox mailbox, String folderId, ContactQuery query) {
        URI first = requests.contacts(mailbox, folderId, query);
        return new ContactPageIterator(first, (page, sink) -> fetchPage(page, null, Contact.class, sink), guard);
    }

    // --- open extensions ---

    @Override
    public OpenTypeExtension createExtension(Mailbox mailbox, String contactId, String extensionName,
            Map<String, Object> data) {
        return caller.json(HttpRequest.of("POST", requests.extensions(mailbox, require(contactId, "contactId"), null),
                GraphCaller.jsonBody(extensionBody(extensionName, data))), OpenTypeExtension.class);
    }

    @Override
    public OpenTypeExtension getExtension(Mailbox mailbox, String contactId, String extensionName) {
        return caller.json(HttpRequest.get(requests.extensions(mailbox, require(contactId, "contactId"),
                require(extensionName, "extensionName"))), OpenTypeExtension.class);
    }

    @Override
    public OpenTypeExtension updateExtension(Mailbox mailbox, String contactId, String extensionName,
            Map<String, Object> data) {
        return caller.json(HttpRequest.of("PATCH", requests.extensions(mailbox, require(contactId, "contactId"),
                require(extensionName, "extensionName")), GraphCaller.jsonBody(extensionBody(extensionName, data))),
                OpenTypeExtension.class);
    }

    @Override
    public void deleteExtension(Mailbox mailbox, String contactId, String extensionName) {
        caller.discard(HttpRequest.of("DELETE", requests.extensions(mailbox, require(contactId, "contactId"),
                require(extensionName, "extensionName")), null));
    }

    /** {@code @odata.type}, {@code extensionName} and the data (primitive values or arrays of them, as Graph says). */
    private static ObjectNode extensionBody(String extensionName, Map<String, Object> data) {
        String name = require(extensionName, "extensionName");
        if (name.regionMatches(true, 0, EXTENSION_ID_PREFIX, 0, EXTENSION_ID_PREFIX.length())) {
            name = name.substring(EXTENSION_ID_PREFIX.length());
        }
        ObjectNode body = GraphJson.mapper().createObjectNode().put("@odata.type", OpenTypeExtension.ODATA_TYPE)
                .put("extensionName", name);
        if (data != null) {
            for (Map.Entry<String, Object> e : data.entrySet()) {
                JsonNode value = GraphJson.toTree(e.getValue());
                boolean primitive = value.isValueNode() || value.isArray() && java.util.stream.StreamSupport
                        .stream(value.spliterator(), false).allMatch(JsonNode::isValueNode);
                if (!primitive || e.getKey().startsWith("@") || e.getKey().equals("id")) {
                    throw new IllegalArgumentException("extension data '" + e.getKey() + "': Graph stores primitive"
                            + " values and arrays of them under plain names, not " + value.getNodeType());
                }
                if (!e.getKey().equals("extensionName")) {
                    body.set(e.getKey(), value);
                }
            }
        }
        return body;
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
        return getUserPhoto(mailbox, null);
    }

    @Override
    public byte[] getUserPhoto(Mailbox mailbox, String size) {
        return caller.bytes(HttpRequest.get(requests.userPhoto(mailbox, size, true)));
    }

    @Override
    public ProfilePhoto getUserPhotoMetadata(Mailbox mailbox) {
        return getUserPhotoMetadata(mailbox, null);
    }

    @Override
    public ProfilePhoto getUserPhotoMetadata(Mailbox mailbox, String size) {
        ProfilePhoto photo = caller.json(HttpRequest.get(requests.userPhoto(mailbox, size, false)),
                ProfilePhoto.class);
        if (photo.isPlaceholder()) {
            throw new PhotoNotFoundException(mailbox, size);
        }
        return photo;
    }

    @Override
    public List<ProfilePhoto> listUserPhotoSizes(Mailbox mailbox) {
        JsonNode page = caller.json(HttpRequest.get(requests.userPhotos(mailbox)), JsonNode.class);
        List<ProfilePhoto> sizes = new ArrayList<>();
        page.path("value").forEach(p -> sizes.add(GraphJson.fromTree(p, ProfilePhoto.class)));
        sizes.removeIf(ProfilePhoto::isPlaceholder);
        return sizes;
    }

    @Override
    public void setUserPhoto(Mailbox mailbox, byte[] image, String contentType) {
        caller.discard(HttpRequest.of("PUT", requests.userPhoto(mailbox, true), photoBody(image, contentType)));
    }

    private static RequestBody photoBody(byte[] image, String contentType) {
        if (image == null || image.length == 0) {
            throw new IllegalArgumentException("photo: the image must not be empty");
        }
        String tooLarge = PhotoLimit.problem(image.length, false);
        if (tooLarge != null) {
            throw new IllegalArgumentException("photo: " + tooLarge);
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
        if (request.expand() == null || request.expand().isBlank()) {
            return checked(fetchPage(uri, request.pageSize(), Contact.class, sink));
        }
        DeltaExpander.Buffer page = expander.buffer(sink, request);
        DeltaPage result = checked(fetchPage(uri, request.pageSize(), Contact.class, page));
        page.flush();
        return result;
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
        HttpRequest request = HttpRequest.of("POST", requests.batch(), GraphCaller.jsonBody(batches.encode(batch)))
                .batchOf(batch.stream().map(BatchRequest::url).toList());
        JsonNode envelope = caller.json(attempts == null ? request : request.countingAttemptsIn(attempts),
                JsonNode.class);
        List<BatchResponse> responses;
        try {
            responses = batches.decode(envelope);
        } catch (IllegalArgumentException e) {
            throw new GraphException(200, "InvalidResponse", e.getMessage(), null);
        }
        pauseIfThrottled(request, responses);
        return responses;
    }

    /**
     * A throttled sub-response's Retry-After holds back every request to the mailbox, as a throttled request's does
     * in the transport: the other senders would only be throttled too.
     */
    private void pauseIfThrottled(HttpRequest request, List<BatchResponse> responses) {
        RetryPolicy policy = transport.retryPolicy();
        responses.stream()
                .filter(r -> r.status() == 429 || r.status() == 503)
                .map(r -> policy.retryAfter(r.header("Retry-After")))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .ifPresent(wait -> transport.pause(request, wait));
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
