package io.github.outlookcontacts.emulator.store;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** One user's contacts: folders (the default "Contacts" folder first), a folder delta log and the user photo. */
public final class Mailbox {

    private final String user;
    private final long hash;
    private final String defaultFolderId;
    private final String rootFolderId;
    final Map<String, Folder> folders = new ConcurrentHashMap<>();
    /** Deleted folders keep their (now tombstone-only) delta log so outstanding delta links report the removals. */
    final Map<String, Folder> deletedFolders = new ConcurrentHashMap<>();
    final DeltaLog folderLog = new DeltaLog();
    final AtomicLong idCounter = new AtomicLong();
    volatile Photo userPhoto;
    /** Shared folders: folder id to grantee (lower-case UPN) to "may edit". */
    final Map<String, Map<String, Boolean>> shares = new ConcurrentHashMap<>();

    Mailbox(String user, long createdSeq) {
        this.user = user;
        this.hash = Ids.hash(user);
        this.defaultFolderId = Ids.folderId(hash, 0);
        this.rootFolderId = Ids.folderId(hash, -1);
        folders.put(defaultFolderId, new Folder(new FolderInfo(defaultFolderId, "Contacts", null, createdSeq)));
    }

    /** The user name (UPN) as first used, e.g. {@code me@emulator.local}. */
    public String user() {
        return user;
    }

    /** A stable user object id (GUID) derived from the UPN. */
    public String userId() {
        return java.util.UUID.nameUUIDFromBytes(user.toLowerCase(java.util.Locale.ROOT).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public String defaultFolderId() {
        return defaultFolderId;
    }

    /** The mailbox root (Exchange's msgfolderroot): the default folder's parentFolderId; not itself addressable. */
    public String rootFolderId() {
        return rootFolderId;
    }

    public Folder folder(String folderId) {
        return folderId == null ? null : folders.get(folderId);
    }

    public Collection<Folder> folders() {
        return folders.values();
    }

    public Photo userPhoto() {
        return userPhoto;
    }

    String newContactId() {
        return Ids.contactId(hash, idCounter.incrementAndGet());
    }

    String newFolderId() {
        return Ids.folderId(hash, idCounter.incrementAndGet());
    }

    /** The folder holding a contact, searching every folder (ids are unique in the mailbox). */
    Folder folderOfContact(String contactId) {
        for (Folder f : folders.values()) {
            if (f.contacts.containsKey(contactId)) {
                return f;
            }
        }
        return null;
    }
}
