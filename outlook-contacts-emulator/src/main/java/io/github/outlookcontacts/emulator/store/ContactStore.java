package io.github.outlookcontacts.emulator.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.seed.ContactGenerator;
import io.github.outlookcontacts.emulator.seed.SeedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * All mailboxes of the emulator: contacts, folders, photos, the change journal and delta rounds. Thread-safe: writes
 * to a mailbox hold its lock; reads are lock-free over concurrent maps of immutable entries.
 */
public final class ContactStore {

    private final StoreOptions options;
    private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();
    private final java.util.Set<String> usersWithoutMailbox = ConcurrentHashMap.newKeySet();
    private final AtomicLong seq = new AtomicLong();
    private final ChangeJournal journal = new ChangeJournal();
    private final DeltaTokens tokens = new DeltaTokens();
    private final FolderTree folderTree = new FolderTree(this);
    private final DirectoryGroups groups = new DirectoryGroups();
    private final DeltaReader deltaReader;
    private volatile long tokenGeneration = 1;

    public ContactStore(StoreOptions options) {
        this.options = options;
        this.deltaReader = new DeltaReader(this, tokens);
    }

    public ContactStore() {
        this(StoreOptions.defaults());
    }

    public StoreOptions options() {
        return options;
    }

    /** Every contact change in order; tests compare it with what a consumer delivered. */
    public ChangeJournal journal() {
        return journal;
    }

    /** Makes every outstanding delta/skip token answer 410 from now on. */
    public void expireDeltaTokens() {
        tokenGeneration++;
    }

    long tokenGeneration() {
        return tokenGeneration;
    }

    long nextSeq() {
        return seq.incrementAndGet();
    }

    long currentSeq() {
        return seq.get();
    }

    long now() {
        return options.clock().millis();
    }

    void record(Mailbox mb, long s, String folderId, String fromFolderId, String contactId, ChangeType type) {
        journal.append(new JournalEntry(s, Instant.ofEpochMilli(now()), mb.user(), folderId, fromFolderId, contactId,
                type));
    }

    // ---- mailboxes and folders ------------------------------------------------------------------------------------

    /** The mailbox of a user (UPN or the user id GUID, case-insensitive), created with its "Contacts" folder. */
    public Mailbox mailbox(String user) {
        String key = user.toLowerCase(Locale.ROOT);
        Mailbox existing = mailboxes.get(key);
        if (existing != null) {
            return existing;
        }
        for (Mailbox mb : mailboxes.values()) {
            if (mb.userId().equalsIgnoreCase(user)) {
                return mb;
            }
        }
        return mailboxes.computeIfAbsent(key, k -> new Mailbox(user, seq.get()));
    }

    /** Creates the user's mailbox (with its "Contacts" folder) if it does not exist yet. */
    public Mailbox createMailbox(String user) {
        usersWithoutMailbox.remove(user.toLowerCase(Locale.ROOT));
        return mailbox(user);
    }

    /** A directory user who has no Exchange Online mailbox: Graph answers {@code MailboxNotEnabledForRESTAPI}. */
    public void addUserWithoutMailbox(String user) {
        usersWithoutMailbox.add(user.toLowerCase(Locale.ROOT));
    }

    /**
     * The mailbox a Graph request names, as Graph resolves it: 404 {@code ErrorInvalidUser} for an unknown user,
     * {@code MailboxNotEnabledForRESTAPI} for a user without a mailbox. Mailboxes exist once seeded or created
     * through this store; with {@link StoreOptions#autoCreateMailboxes()} any name gets an empty one (lenient).
     */
    public Mailbox existingMailbox(String user) {
        if (usersWithoutMailbox.contains(user.toLowerCase(Locale.ROOT))) {
            throw new StoreException(404, "MailboxNotEnabledForRESTAPI",
                    "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");
        }
        if (options.autoCreateMailboxes() || user.equalsIgnoreCase(Principal.DEFAULT_USER)) {
            return mailbox(user);
        }
        Mailbox mb = mailboxes.get(user.toLowerCase(Locale.ROOT));
        if (mb == null) {
            mb = mailboxes.values().stream().filter(m -> m.userId().equalsIgnoreCase(user)).findFirst()
                    .orElseThrow(() -> new StoreException(404, "ErrorInvalidUser", "The requested user '" + user
                            + "' is invalid."));
        }
        return mb;
    }

    // ---- directory groups ------------------------------------------------------------------------------------------

    /** The directory's groups, read by {@code /groups/{id}/members} and {@code /transitiveMembers}. */
    public DirectoryGroups groups() {
        return groups;
    }

    /** Creates a group (its id a GUID) with these users (UPNs) as members; their mailboxes are created. */
    public void createGroup(String groupId, String... users) {
        groups.create(groupId);
        for (String user : users) {
            addGroupMember(groupId, user);
        }
    }

    /** Adds a user (UPN) to a group, creating the user's mailbox; the member's object id is the user id. */
    public void addGroupMember(String groupId, String user) {
        Mailbox mb = createMailbox(user);
        groups.add(groupId, new DirectoryGroups.Member(DirectoryGroups.Member.USER, mb.userId(), mb.user()));
    }

    /** Removes a user (UPN or user id) from a group. */
    public void removeGroupMember(String groupId, String user) {
        String id = findMailbox(user).map(Mailbox::userId).orElse(user);
        groups.remove(groupId, id);
    }

    // ---- sharing --------------------------------------------------------------------------------------------------

    /**
     * {@code owner} shares a contact folder ({@code null} = the default Contacts folder) with {@code grantee}: a
     * delegated token of the grantee with {@code Contacts.Read.Shared} may read it through {@code /users/{owner}},
     * with {@code Contacts.ReadWrite.Shared} and {@code canEdit} also write it.
     */
    public void shareFolder(String owner, String folderId, String grantee, boolean canEdit) {
        Mailbox mb = mailbox(owner);
        String id = folderId == null ? mb.defaultFolderId() : folder(owner, folderId).id();
        mb.shares.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).put(grantee.toLowerCase(Locale.ROOT), canEdit);
    }

    /** Withdraws a share made with {@link #shareFolder}. */
    public void unshareFolder(String owner, String folderId, String grantee) {
        Mailbox mb = mailbox(owner);
        Map<String, Boolean> g = mb.shares.get(folderId == null ? mb.defaultFolderId() : folderId);
        if (g != null) {
            g.remove(grantee.toLowerCase(Locale.ROOT));
        }
    }

    /** Whether {@code grantee} may read (or, with {@code write}, edit) the owner's folder. */
    public boolean isSharedWith(String owner, String folderId, String grantee, boolean write) {
        Map<String, Boolean> g = mailbox(owner).shares.get(folderId);
        Boolean canEdit = g == null ? null : g.get(grantee.toLowerCase(Locale.ROOT));
        return canEdit != null && (canEdit || !write);
    }

    public Optional<Mailbox> findMailbox(String user) {
        return Optional.ofNullable(mailboxes.get(user.toLowerCase(Locale.ROOT)));
    }

    static String key(Mailbox mb) {
        return mb.user().toLowerCase(Locale.ROOT);
    }

    public String defaultFolderId(String user) {
        return mailbox(user).defaultFolderId();
    }

    /** The folder, or 404. */
    public Folder folder(String user, String folderId) {
        Folder f = mailbox(user).folder(folderId);
        if (f == null) {
            throw StoreException.notFound();
        }
        return f;
    }

    /** Folder id for a path of display names below the default folder ("" = default), or null. */
    public String folderIdByPath(String user, String path) {
        return folderTree.byPath(mailbox(user), path, false);
    }

    /** Like {@link #folderIdByPath} but creates missing folders. */
    public String ensureFolderPath(String user, String path) {
        return folderTree.byPath(mailbox(user), path, true);
    }

    public List<FolderInfo> childFolders(String user, String parentId) {
        return folderTree.children(mailbox(user), parentId);
    }

    public FolderInfo createFolder(String user, String parentId, String displayName) {
        return folderTree.create(mailbox(user), parentId, displayName);
    }

    public FolderInfo updateFolder(String user, String folderId, String displayName, String parentFolderId) {
        return folderTree.update(mailbox(user), folderId, displayName, parentFolderId);
    }

    /** Deletes a folder with its contacts and subfolders (journaled, reported by delta). */
    public void deleteFolder(String user, String folderId) {
        folderTree.delete(mailbox(user), folderId);
    }

    // ---- contacts -------------------------------------------------------------------------------------------------

    public ContactEntry createContact(String user, String folderId, String json) {
        return createContact(user, folderId, Json.parseBody(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Creates a contact from a Graph JSON body in a folder (null = default folder). */
    public ContactEntry createContact(String user, String folderId, ObjectNode body) {
        Mailbox mb = mailbox(user);
        Folder f = folder(user, folderId == null ? mb.defaultFolderId() : folderId);
        ContactSchema.Applied a = ContactSchema.apply(null, body);
        byte[] json = Json.bytes(a.properties());
        byte[] ext = a.extendedProperties() == null || a.extendedProperties().isEmpty() ? null
                : Json.bytes(a.extendedProperties());
        ContactNavigation nav = ContactNavigation.of(null);
        if (a.multiValue() != null) {
            nav = nav.withMultiValue(a.multiValue());
        }
        if (a.extensions() != null) {
            for (com.fasterxml.jackson.databind.JsonNode x : a.extensions()) {
                nav = nav.withExtension((ObjectNode) x);
            }
        }
        byte[] navigation = nav.bytes();
        synchronized (mb) {
            return insert(mb, f, json, ext, navigation);
        }
    }

    private ContactEntry insert(Mailbox mb, Folder f, byte[] json, byte[] ext, byte[] navigation) {
        long s = nextSeq();
        long now = now();
        ContactEntry e = new ContactEntry(mb.newContactId(), f.id(), s, now, now, json, ext, null, navigation);
        f.contacts.put(e.id(), e);
        f.log.put(null, e);
        record(mb, s, f.id(), null, e.id(), ChangeType.CREATED);
        return e;
    }

    /** Inserts generated contacts without validation (seeding very large folders in memory). */
    public void bulkInsert(String user, String folderId, int count, Supplier<byte[]> json) {
        Mailbox mb = mailbox(user);
        Folder f = folder(user, folderId);
        synchronized (mb) {
            for (int i = 0; i < count; i++) {
                insert(mb, f, json.get(), null, null);
            }
        }
    }

    public Optional<ContactEntry> findContact(String user, String contactId) {
        Folder f = mailbox(user).folderOfContact(contactId);
        return f == null ? Optional.empty() : Optional.ofNullable(f.contacts.get(contactId));
    }

    /** The contact if it is in the given folder (null = anywhere in the mailbox), or 404. */
    public ContactEntry getContact(String user, String folderId, String contactId) {
        ContactEntry e = getContact(user, contactId);
        if (folderId != null && !folderId.equals(e.folderId())) {
            throw StoreException.notFound();
        }
        return e;
    }

    /** The contact anywhere in the mailbox, or 404. */
    public ContactEntry getContact(String user, String contactId) {
        return findContact(user, contactId).orElseThrow(StoreException::notFound);
    }

    public ContactEntry updateContact(String user, String contactId, String json) {
        return updateContact(user, contactId, Json.parseBody(json.getBytes(StandardCharsets.UTF_8)), null);
    }

    /** PATCH semantics: given properties replace stored ones (collections wholesale); If-Match checked if given. */
    public ContactEntry updateContact(String user, String contactId, ObjectNode patch, String ifMatch) {
        Mailbox mb = mailbox(user);
        synchronized (mb) {
            ContactEntry old = getContact(user, contactId);
            IfMatch.check(old, ifMatch);
            ContactSchema.Applied a = ContactSchema.apply(Json.object(old.json()), patch);
            byte[] ext = old.extendedProps();
            if (a.extendedProperties() != null) {
                ArrayNode stored = ext == null ? null : Json.array(ext);
                ext = Json.bytes(ContactSchema.mergeExtended(stored, a.extendedProperties()));
            }
            ContactEntry e = replace(mb, old, Json.bytes(a.properties()), ext, old.photo());
            return a.multiValue() == null ? e : renavigate(mb, e, e.nav().withMultiValue(a.multiValue()));
        }
    }

    private ContactEntry replace(Mailbox mb, ContactEntry old, byte[] json, byte[] ext, Photo photo) {
        long s = nextSeq();
        return store(mb, old, old.withChange(old.folderId(), s, now(), json, ext, photo));
    }

    /** A write to the contact's extensions: like any write, a new change key (delta reports it). */
    private ContactEntry renavigate(Mailbox mb, ContactEntry old, ContactNavigation nav) {
        return store(mb, old, old.withNavigation(nextSeq(), now(), nav.bytes()));
    }

    private ContactEntry store(Mailbox mb, ContactEntry old, ContactEntry e) {
        long s = e.seq();
        Folder f = mb.folder(old.folderId());
        f.contacts.put(e.id(), e);
        f.log.put(old, e);
        record(mb, s, f.id(), null, e.id(), ChangeType.UPDATED);
        return e;
    }

    public void deleteContact(String user, String contactId) {
        deleteContact(user, contactId, null);
    }

    public void deleteContact(String user, String contactId, String ifMatch) {
        Mailbox mb = mailbox(user);
        synchronized (mb) {
            ContactEntry old = getContact(user, contactId);
            IfMatch.check(old, ifMatch);
            removeFromFolder(mb, mb.folder(old.folderId()), old);
        }
    }

    void removeFromFolder(Mailbox mb, Folder f, ContactEntry old) {
        long s = nextSeq();
        f.contacts.remove(old.id());
        f.log.remove(old, new DeltaLog.Tombstone(old.id(), s, options.delta().deleteReason()));
        record(mb, s, f.id(), null, old.id(), ChangeType.DELETED);
    }

    /** Moves a contact: "@removed" (reason changed) in the old folder's delta, new in the target's. */
    public ContactEntry moveContact(String user, String contactId, String targetFolderId) {
        Mailbox mb = mailbox(user);
        synchronized (mb) {
            ContactEntry old = getContact(user, contactId);
            Folder target = folder(user, targetFolderId);
            if (target.id().equals(old.folderId())) {
                return old;
            }
            Folder source = mb.folder(old.folderId());
            long s = nextSeq();
            ContactEntry moved = old.withChange(target.id(), s, now(), old.json(), old.extendedProps(), old.photo());
            source.contacts.remove(old.id());
            source.log.remove(old, new DeltaLog.Tombstone(old.id(), s, "changed"));
            target.contacts.put(moved.id(), moved);
            target.log.put(null, moved);
            record(mb, s, target.id(), source.id(), moved.id(), ChangeType.MOVED);
            return moved;
        }
    }

    public int contactCount(String user, String folderId) {
        return folder(user, folderId).contactCount();
    }

    /** Live view of a folder's contacts ordered by id. */
    public Collection<ContactEntry> contacts(String user, String folderId) {
        return folder(user, folderId).contacts();
    }

    // ---- open extensions ------------------------------------------------------------------------------------------

    /** {@code POST .../contacts/{id}/extensions}: 409 if the contact already has an extension of that name. */
    public ObjectNode createExtension(String user, String contactId, ObjectNode body) {
        ObjectNode ext = ContactNavigation.extensionFromBody(body);
        Mailbox mb = mailbox(user);
        synchronized (mb) {
            ContactEntry old = getContact(user, contactId);
            if (old.nav().extension(ext.get("extensionName").asText()) != null) {
                throw new StoreException(409, "NameAlreadyExists", "An extension named '"
                        + ext.get("extensionName").asText() + "' already exists on this item.");
            }
            renavigate(mb, old, old.nav().withExtension(ext));
            return ext;
        }
    }

    /** One open extension by name or full id, or 404. */
    public ObjectNode extension(String user, String contactId, String extensionId) {
        ObjectNode ext = getContact(user, contactId).nav().extension(extensionId);
        if (ext == null) {
            throw StoreException.notFound();
        }
        return ext;
    }

    /** {@code PATCH .../extensions/{id}}: the body replaces the extension's data (unlisted properties are dropped). */
    public ObjectNode replaceExtension(String user, String contactId, String extensionId, ObjectNode body) {
        Mailbox mb = mailbox(user);
        synchronized (mb) {
            ObjectNode current = extension(user, contactId, extensionId);
            ObjectNode withName = body.deepCopy();
            withName.set("extensionName", current.get("extensionName"));
            if (!withName.has("@odata.type")) {
                withName.put("@odata.type", "microsoft.graph.openTypeExtension");
            }
            ObjectNode ext = ContactNavigation.extensionFromBody(withName);
            ContactEntry old = getContact(user, contactId);
            renavigate(mb, old, old.nav().withExtension(ext));
            return ext;
        }
    }

    public void deleteExtension(String user, String contactId, String extensionId) {
        Mailbox mb = mailbox(user);
        synchronized (mb) {
            extension(user, contactId, extensionId);
            ContactEntry old = getContact(user, contactId);
            renavigate(mb, old, old.nav().withoutExtension(extensionId));
        }
    }

    // ---- photos ---------------------------------------------------------------------------------------------------

    /** Sets a contact photo; like any write it gives the contact a new change key. */
    public ContactEntry setContactPhoto(String user, String contactId, byte[] data, String contentType) {
        Photo photo = Photo.validated(data, contentType);
        Mailbox mb = mailbox(user);
        synchronized (mb) {
            ContactEntry old = getContact(user, contactId);
            return replace(mb, old, old.json(), old.extendedProps(), photo);
        }
    }

    public void setUserPhoto(String user, byte[] data, String contentType) {
        mailbox(user).userPhoto = Photo.validated(data, contentType);
    }

    // ---- delta ----------------------------------------------------------------------------------------------------

    /** One delta page of a folder's contacts; token null starts a round with {@code select} ("" = all). */
    public DeltaPage contactsDelta(String user, String folderId, String token, String select, int pageSize) {
        Mailbox mb = mailbox(user);
        Folder f = mb.folder(folderId);
        if (f == null && token != null) {
            // a folder deleted after the round started: its log still reports every contact as removed
            f = mb.deletedFolders.get(folderId);
        }
        if (f == null) {
            throw StoreException.notFound();
        }
        return deltaReader.read(mb, f.log, false, f.id(), token, select, pageSize);
    }

    /** One page of the folder-hierarchy delta (all folders except the default one). */
    public DeltaPage foldersDelta(String user, String token, int pageSize) {
        Mailbox mb = mailbox(user);
        return deltaReader.read(mb, mb.folderLog, true, "", token, "", pageSize);
    }

    // ---- seeding --------------------------------------------------------------------------------------------------

    /** Creates {@code count} generated contacts (validated like POSTs) in a folder path, creating folders. */
    public List<ContactEntry> seed(String user, String folderPath, int count, long seed) {
        requireCount(count);
        String folderId = ensureFolderPath(user, folderPath);
        ContactGenerator gen = new ContactGenerator(seed);
        List<ContactEntry> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(createContact(user, folderId, gen.next()));
        }
        return out;
    }

    /** Fills a folder with {@code count} generated contacts directly in memory (a million in seconds). */
    public String bulkGenerate(String user, String folderPath, int count, long seed) {
        requireCount(count);
        String folderId = ensureFolderPath(user, folderPath);
        ContactGenerator gen = new ContactGenerator(seed);
        bulkInsert(user, folderId, count, gen::nextJson);
        return folderId;
    }

    private static void requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("seed count must be 0 or more, was " + count);
        }
    }

    /** Loads mailboxes, folders and contacts from a seed file (format: see {@link SeedFile}). */
    public void loadSeed(Path file) throws IOException {
        SeedFile.load(this, file);
    }
}
