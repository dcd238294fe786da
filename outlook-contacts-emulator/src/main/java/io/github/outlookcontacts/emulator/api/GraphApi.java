package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.StoreException;
import io.github.outlookcontacts.emulator.subscriptions.SubscriptionsHandler;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Microsoft Graph v1.0 contacts API over a {@link ContactStore}: routes {@code /v1.0/...} paths (both {@code /me} and
 * {@code /users/{id}}) to one handler per resource group and turns store failures into Graph error bodies.
 */
public final class GraphApi implements ApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GraphApi.class);

    private final ContactStore store;
    private final ContactsHandler contacts;
    private final FoldersHandler folders;
    private final DeltaHandler delta;
    private final PhotosHandler photos;
    private final ExtensionsHandler extensions;
    private final BatchHandler batch;
    private final AccessPolicy access;
    private final GroupsHandler groups;
    private volatile ApiHandler subRequestPipeline = this;
    private volatile SubscriptionsHandler subscriptions;

    public GraphApi(ContactStore store) {
        this.store = store;
        this.contacts = new ContactsHandler(store);
        this.folders = new FoldersHandler(store);
        this.delta = new DeltaHandler(store);
        this.photos = new PhotosHandler(store);
        this.extensions = new ExtensionsHandler(store);
        this.batch = new BatchHandler(() -> subRequestPipeline);
        this.access = new AccessPolicy(store);
        this.groups = new GroupsHandler(store.groups());
    }

    /** The chain $batch sub-requests run through (default: this API itself). */
    public void setSubRequestPipeline(ApiHandler pipeline) {
        this.subRequestPipeline = pipeline == null ? this : pipeline;
    }

    /** Serves {@code /subscriptions} (change notifications); without it that path is 404. */
    public void setSubscriptions(SubscriptionsHandler handler) {
        this.subscriptions = handler;
    }

    public ContactStore store() {
        return store;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (StoreException e) {
            return ApiResponse.error(e.status(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure on {} {}", request.method(), request.rawPath(), e);
            return ApiResponse.error(500, "generalException", "An internal server error occurred.");
        }
    }

    private ApiResponse route(ApiRequest request) {
        List<String> segs = ResourcePath.segments(request.rawPath());
        if (!ResourcePath.is(segs, 0, "v1.0") || segs.size() < 2) {
            return notFound(request);
        }
        if (segs.get(1).equals("$batch")) {
            return request.method().equals("POST") ? batch.handle(request) : Call.methodNotAllowed();
        }
        if (segs.get(1).equals("subscriptions") && subscriptions != null) {
            return subscriptions.handle(request, segs.subList(2, segs.size()));
        }
        if (segs.get(1).equals("groups") && segs.size() > 2) {
            ApiResponse r = groups.handle(request, Call.baseUrl(request), segs.subList(2, segs.size()));
            return r == null ? notFound(request) : r;
        }
        Principal principal = request.principal() == null ? Principal.lenient() : request.principal();
        String user;
        int rest;
        if (ResourcePath.is(segs, 1, "me")) {
            if (principal.appOnly() || principal.user() == null) {
                throw StoreException.badRequest("BadRequest",
                        "/me request is only valid with delegated authentication flow.");
            }
            user = principal.user();
            rest = 2;
        } else if (ResourcePath.is(segs, 1, "users") && segs.size() > 2) {
            user = segs.get(2);
            rest = 3;
        } else {
            return notFound(request);
        }
        String raw = request.rawPath();
        String relative = raw.substring(indexAfterVersion(raw));
        store.existingMailbox(user);
        Call call = new Call(request, user, Call.baseUrl(request), relative);
        ApiResponse r = mailboxResource(call, segs.subList(rest, segs.size()));
        return r == null ? notFound(request) : r;
    }

    private ApiResponse mailboxResource(Call call, List<String> r) {
        if (r.isEmpty()) {
            return null;
        }
        if (ResourcePath.is(r, 0, "photo") || ResourcePath.is(r, 0, "photos")) {
            access.user(call, !call.method().equals("GET"));
            return photos.user(call, r);
        }
        if (ResourcePath.is(r, 0, "contacts")) {
            return contactsResource(call, store.defaultFolderId(call.user()), false, r.subList(1, r.size()),
                    "contacts");
        }
        if (ResourcePath.is(r, 0, "contactFolders")) {
            if (r.size() == 2 && r.get(1).equalsIgnoreCase("delta")) {
                access.contacts(call, null, false);
                return delta.folders(call);
            }
            return foldersResource(call, store.defaultFolderId(call.user()), r.subList(1, r.size()), false);
        }
        return null;
    }

    /** {@code contactFolders...}; {@code viaChildFolders} when reached through {@code .../childFolders/{id}}. */
    private ApiResponse foldersResource(Call call, String parentId, List<String> r, boolean viaChildFolders) {
        if (r.isEmpty()) {
            // listing the top-level folders needs the whole mailbox; a shared folder's children need that folder
            access.contacts(call, viaChildFolders ? parentId : null, !call.method().equals("GET"));
            return folders.collection(call, parentId);
        }
        String folderId = r.get(0);
        if (r.size() == 3 && ResourcePath.is(r, 1, "contacts") && r.get(2).equalsIgnoreCase("delta")
                && DeltaHandler.hasToken(call)) {
            access.contacts(call, folderId, false);
            // a delta link stays valid after its folder is deleted (the store reports the removals)
            return delta.contacts(call, folderId);
        }
        String actualParent = store.folder(call.user(), folderId).info().parentFolderId();
        if (viaChildFolders && !parentId.equals(actualParent)) {
            // childFolders/{id} must name a child of the folder before it
            throw StoreException.notFound();
        }
        if (r.size() == 1) {
            access.contacts(call, folderId, !call.method().equals("GET"));
            return folders.item(call, folderId);
        }
        if (ResourcePath.is(r, 1, "contacts")) {
            return contactsResource(call, folderId, true, r.subList(2, r.size()), "contactFolders('" + folderId
                    + "')/contacts");
        }
        if (ResourcePath.is(r, 1, "childFolders")) {
            return foldersResource(call, folderId, r.subList(2, r.size()), true);
        }
        return null;
    }

    /**
     * {@code .../contacts...} of a folder; {@code scoped} is false for {@code /me/contacts}, where a contact id
     * resolves anywhere in the mailbox, and true under {@code contactFolders/{id}}, where it must be in that folder.
     */
    private ApiResponse contactsResource(Call call, String folderId, boolean scoped, List<String> r,
            String contextFragment) {
        boolean write = !call.method().equals("GET");
        if (r.isEmpty()) {
            access.contacts(call, folderId, write);
            return contacts.collection(call, folderId, contextFragment);
        }
        if (r.size() == 1 && r.get(0).equalsIgnoreCase("delta")) {
            access.contacts(call, folderId, false);
            return delta.contacts(call, folderId);
        }
        String contactId = r.get(0);
        access.contacts(call, store.findContact(call.user(), contactId).map(c -> c.folderId()).orElse(folderId),
                write);
        store.getContact(call.user(), scoped ? folderId : null, contactId);
        if (r.size() == 1) {
            return contacts.item(call, contactId);
        }
        if (ResourcePath.is(r, 1, "photo")) {
            return photos.contact(call, contactId, r.subList(2, r.size()));
        }
        if (ResourcePath.is(r, 1, "extensions")) {
            return extensions.handle(call, contactId, r.subList(2, r.size()));
        }
        if (ResourcePath.is(r, 1, "photos")) {
            // Graph has no sized photos for contacts (observed answer)
            throw StoreException.badRequest("BadRequest", "Unsupported segment type. ODataQuery: "
                    + call.relativePath());
        }
        return null;
    }

    private static int indexAfterVersion(String raw) {
        int i = raw.toLowerCase(java.util.Locale.ROOT).indexOf("/v1.0");
        return i < 0 ? 0 : i + 5;
    }

    private static ApiResponse notFound(ApiRequest request) {
        return ApiResponse.error(404, "BadRequest", "Resource not found for the segment '" + lastSegment(
                request.rawPath()) + "'.");
    }

    private static String lastSegment(String rawPath) {
        List<String> segs = ResourcePath.segments(rawPath);
        return segs.isEmpty() ? "" : segs.get(segs.size() - 1);
    }
}
