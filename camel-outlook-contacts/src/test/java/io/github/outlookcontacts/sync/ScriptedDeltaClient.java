package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.BatchRequest;
import io.github.outlookcontacts.graph.BatchResponse;
import io.github.outlookcontacts.graph.ContactQuery;
import io.github.outlookcontacts.graph.DeltaPage;
import io.github.outlookcontacts.graph.DeltaRequest;
import io.github.outlookcontacts.graph.DeltaSink;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.SyncStateGoneException;
import io.github.outlookcontacts.graph.UntrustedLinkException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.model.ProfilePhoto;

/**
 * A scripted stand-in for the Graph client, for unit tests of the engine's bookkeeping only: it answers delta
 * requests with pages prepared by the test, keyed by link ({@code null} = start of a round). The wire behaviour is
 * covered by the emulator tests; here the point is to drive exact page sequences, 410s and link refusals.
 */
final class ScriptedDeltaClient implements GraphContactsClient {

    static final String FOLDER = "folder-1";

    record Page(List<Object> items, String nextLink, String deltaLink) {
    }

    record Removed(String id, String reason) {
    }

    // Concurrent: an engine may read the next page ahead on a thread of its own.
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    final Set<String> gone = new HashSet<>();
    final Set<String> untrusted = new HashSet<>();
    final List<String> requested = new CopyOnWriteArrayList<>();
    /** Links whose answer never comes: the read waits until it is interrupted, which is recorded. */
    final Set<String> stalled = ConcurrentHashMap.newKeySet();
    final List<String> interrupted = new CopyOnWriteArrayList<>();
    /** Contacts a GET still finds (id → parent folder); any other id answers 404. */
    final Map<String, String> alive = new HashMap<>();
    /** Contacts whose next lookup in a batch answers 500. */
    final Set<String> failOnce = new HashSet<>();

    static Contact contact(String id, String changeKey) {
        Contact c = new Contact();
        c.setId(id);
        c.setChangeKey(changeKey);
        c.setDisplayName("Contact " + id);
        return c;
    }

    /** Serves {@code items} for {@code link}; ends with {@code next} (a nextLink) or, if null, {@code delta}. */
    ScriptedDeltaClient page(String link, String next, String delta, Object... items) {
        pages.put(key(link), new Page(List.of(items), next, delta));
        return this;
    }

    @Override
    public DeltaPage deltaContacts(DeltaRequest request, DeltaSink<Contact> sink) {
        String key = key(request.link());
        requested.add(key);
        if (gone.contains(key)) {
            throw new SyncStateGoneException(410, "SyncStateNotFound", "The sync state generation is not found",
                    "req-1");
        }
        if (stalled.contains(key)) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.add(key);
                Thread.currentThread().interrupt();
                throw new GraphException(0, "IOError", "interrupted while reading " + key, null, e);
            }
        }
        if (untrusted.contains(key)) {
            throw new UntrustedLinkException("Refusing to follow delta link to https://evil.example");
        }
        Page page = pages.get(key);
        if (page == null) {
            throw new IllegalStateException("no page scripted for " + key);
        }
        for (Object item : page.items()) {
            if (item instanceof Removed r) {
                sink.removed(r.id(), r.reason());
            } else {
                sink.changed((Contact) item);
            }
        }
        return new DeltaPage(page.nextLink(), page.nextLink() == null ? page.deltaLink() : null, page.items().size());
    }

    private static String key(String link) {
        return link == null ? "START" : link;
    }

    @Override
    public String defaultFolderId(Mailbox mailbox) {
        return FOLDER;
    }

    @Override
    public List<ContactFolder> listFolders(Mailbox mailbox, String parentFolderId) {
        return List.of();
    }

    @Override
    public ContactFolder getFolder(Mailbox mailbox, String folderId) {
        return new ContactFolder(folderId, folderId, null);
    }

    @Override
    public ContactFolder createFolder(Mailbox mailbox, String parentFolderId, String displayName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteFolder(Mailbox mailbox, String folderId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Contact getContact(Mailbox mailbox, String contactId, ContactQuery query) {
        requested.add("GET " + contactId);
        String folder = alive.get(contactId);
        if (folder == null) {
            throw new GraphNotFoundException(404, "ErrorItemNotFound", "The specified object was not found in the"
                                                                       + " store.", "req-2");
        }
        Contact c = contact(contactId, "any");
        c.setParentFolderId(folder);
        return c;
    }

    @Override
    public Contact createContact(Mailbox mailbox, String folderId, Contact contact) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Contact updateContact(Mailbox mailbox, String contactId, ObjectNode patch, String ifMatch) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteContact(Mailbox mailbox, String contactId, String ifMatch) {
        throw new UnsupportedOperationException();
    }

    @Override
    public io.github.outlookcontacts.graph.ContactListing listContacts(Mailbox mailbox, String folderId, ContactQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] getContactPhoto(Mailbox mailbox, String contactId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProfilePhoto getContactPhotoMetadata(Mailbox mailbox, String contactId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setContactPhoto(Mailbox mailbox, String contactId, byte[] image, String contentType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] getUserPhoto(Mailbox mailbox) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProfilePhoto getUserPhotoMetadata(Mailbox mailbox) {
        throw new UnsupportedOperationException();
    }

    @Override
    public io.github.outlookcontacts.model.OpenTypeExtension createExtension(Mailbox mailbox, String contactId,
            String extensionName, java.util.Map<String, Object> data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public io.github.outlookcontacts.model.OpenTypeExtension getExtension(Mailbox mailbox, String contactId,
            String extensionName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public io.github.outlookcontacts.model.OpenTypeExtension updateExtension(Mailbox mailbox, String contactId,
            String extensionName, java.util.Map<String, Object> data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteExtension(Mailbox mailbox, String contactId, String extensionName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] getUserPhoto(Mailbox mailbox, String size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProfilePhoto getUserPhotoMetadata(Mailbox mailbox, String size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public java.util.List<ProfilePhoto> listUserPhotoSizes(Mailbox mailbox) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setUserPhoto(Mailbox mailbox, byte[] image, String contentType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DeltaPage deltaFolders(Mailbox mailbox, String link, DeltaSink<ContactFolder> sink) {
        throw new UnsupportedOperationException();
    }

    /** Answers {@code GET .../contacts/{id}} sub-requests like {@link #getContact}; nothing else is scripted. */
    @Override
    public List<BatchResponse> batch(List<BatchRequest> requests) {
        List<BatchResponse> responses = new ArrayList<>();
        for (BatchRequest request : requests) {
            String url = request.url();
            int start = url.indexOf("/contacts/") + "/contacts/".length();
            int end = url.indexOf('?') < 0 ? url.length() : url.indexOf('?');
            String id = url.substring(start, end);
            requested.add("GET " + id);
            String folder = alive.get(id);
            ObjectNode body = GraphJson.mapper().createObjectNode();
            if (failOnce.remove(id)) {
                body.putObject("error").put("code", "InternalServerError").put("message", "injected");
                responses.add(new BatchResponse(request.id(), 500, Map.of(), body));
            } else if (folder == null) {
                body.putObject("error").put("code", "ErrorItemNotFound").put("message", "not found");
                responses.add(new BatchResponse(request.id(), 404, Map.of(), body));
            } else {
                responses.add(new BatchResponse(request.id(), 200, Map.of(), body.put("parentFolderId", folder)));
            }
        }
        return responses;
    }

    @Override
    public void close() {
    }
}
