package io.github.outlookcontacts.graph;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.model.OpenTypeExtension;
import io.github.outlookcontacts.model.ProfilePhoto;
import io.github.outlookcontacts.transport.RetryPolicy;

/**
 * The dozen Microsoft Graph v1.0 contact endpoints the component needs, written by hand.
 * <p>
 * A {@code folderId} of {@code null} means the mailbox's default Contacts folder. Every failure is a
 * {@link GraphException} (or a subclass); throttling and transient errors are retried inside the client first.
 */
public interface GraphContactsClient extends AutoCloseable {

    // --- folders ---

    /**
     * The id of the default Contacts folder, taken from the {@code parentFolderId} of a top-level folder or of a
     * contact (Graph v1.0 has no direct way); cached per mailbox. Null when the mailbox has neither folders nor
     * contacts: then pass {@code folderId == null} everywhere, which uses the folder-less paths
     * ({@code /me/contacts}, {@code /me/contacts/delta}) that Graph maps to the default folder.
     */
    String defaultFolderId(Mailbox mailbox);

    /** Child folders of {@code parentFolderId} (null: the folders directly under the default folder), all pages. */
    List<ContactFolder> listFolders(Mailbox mailbox, String parentFolderId);

    ContactFolder getFolder(Mailbox mailbox, String folderId);

    /** Creates a folder under {@code parentFolderId} (null: under the default folder). */
    ContactFolder createFolder(Mailbox mailbox, String parentFolderId, String displayName);

    void deleteFolder(Mailbox mailbox, String folderId);

    // --- contacts ---

    Contact getContact(Mailbox mailbox, String contactId, ContactQuery query);

    Contact createContact(Mailbox mailbox, String folderId, Contact contact);

    /** PATCHes the given properties only; {@code ifMatch} (an etag) may be null. */
    Contact updateContact(Mailbox mailbox, String contactId, ObjectNode patch, String ifMatch);

    void deleteContact(Mailbox mailbox, String contactId, String ifMatch);

    /**
     * Every contact of the folder, fetched lazily page by page as the iterator advances, with Graph's
     * {@code @odata.count} when {@code query.count()}.
     */
    ContactListing listContacts(Mailbox mailbox, String folderId, ContactQuery query);

    // --- open extensions ---

    /** {@code POST .../contacts/{id}/extensions}: creates the named open extension with {@code data}. */
    OpenTypeExtension createExtension(Mailbox mailbox, String contactId, String extensionName,
            Map<String, Object> data);

    /** One open extension by name or full id; 404 is a {@link GraphNotFoundException}. */
    OpenTypeExtension getExtension(Mailbox mailbox, String contactId, String extensionName);

    /** {@code PATCH .../extensions/{name}}: Graph replaces the data, so properties not in {@code data} are dropped. */
    OpenTypeExtension updateExtension(Mailbox mailbox, String contactId, String extensionName,
            Map<String, Object> data);

    void deleteExtension(Mailbox mailbox, String contactId, String extensionName);

    // --- photos ---

    byte[] getContactPhoto(Mailbox mailbox, String contactId);

    ProfilePhoto getContactPhotoMetadata(Mailbox mailbox, String contactId);

    void setContactPhoto(Mailbox mailbox, String contactId, byte[] image, String contentType);

    /** The largest available user photo; 404 ({@link GraphNotFoundException}) when the user has none. */
    byte[] getUserPhoto(Mailbox mailbox);

    /**
     * The user photo in one of {@link PhotoSize#ALLOWED} ({@code photos/{size}/$value}); null = the largest. A size
     * above the uploaded photo's is a {@link GraphNotFoundException}, like no photo at all.
     */
    byte[] getUserPhoto(Mailbox mailbox, String size);

    /**
     * Metadata of the largest available user photo. Graph answers 200 with a 1x1 {@code image/gif} placeholder for a
     * user without a photo: that is reported as a {@link GraphNotFoundException}, like the missing bytes.
     */
    ProfilePhoto getUserPhotoMetadata(Mailbox mailbox);

    /** Metadata of one size ({@code photos/{size}}); null = the largest; the placeholder is not found, as above. */
    ProfilePhoto getUserPhotoMetadata(Mailbox mailbox, String size);

    /** Every size the user photo is available in ({@code /photos}), smallest first; empty without a photo. */
    List<ProfilePhoto> listUserPhotoSizes(Mailbox mailbox);

    void setUserPhoto(Mailbox mailbox, byte[] image, String contentType);

    // --- delta ---

    /**
     * Fetches one page of {@code contactFolders/{id}/contacts/delta} and streams its items into {@code sink} while
     * parsing. A 410 or a {@code syncStateNotFound}/{@code resyncRequired} error is a {@link SyncStateGoneException}.
     */
    DeltaPage deltaContacts(DeltaRequest request, DeltaSink<Contact> sink);

    /** One page of {@code contactFolders/delta} (the folder hierarchy); {@code link} null starts a round. */
    DeltaPage deltaFolders(Mailbox mailbox, String link, DeltaSink<ContactFolder> sink);

    // --- batching ---

    /** One {@code POST /$batch} of at most 20 sub-requests; the envelope's sub-responses, in Graph's order. */
    List<BatchResponse> batch(List<BatchRequest> requests);

    /**
     * As {@link #batch(List)}, counting every attempt of the envelope (the client's own retries included) in
     * {@code attempts}, so a caller that sends throttled sub-requests again stays within one limit. A client that
     * does not retry counts one attempt.
     */
    default List<BatchResponse> batch(List<BatchRequest> requests, RetryPolicy.Attempts attempts) {
        attempts.count();
        return batch(requests);
    }

    /**
     * The retry policy this client's requests follow, for what only a caller can see (a throttled {@code $batch}
     * sub-response); a client that does not retry answers {@link RetryPolicy#none()}.
     */
    default RetryPolicy retryPolicy() {
        return RetryPolicy.none();
    }

    // --- change notifications ---

    /** The change-notification subscriptions of this client's Graph, over the same transport. */
    default GraphSubscriptions subscriptions() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not manage subscriptions");
    }

    @Override
    void close();
}
