package io.github.outlookcontacts.emulator.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Folder operations of a mailbox: paths, create, rename/move, recursive delete (with journal and tombstones). */
final class FolderTree {

    private final ContactStore store;

    FolderTree(ContactStore store) {
        this.store = store;
    }

    String byPath(Mailbox mb, String path, boolean create) {
        String current = mb.defaultFolderId();
        if (path == null) {
            return current;
        }
        for (String part : path.split("/")) {
            if (part.isBlank()) {
                continue;
            }
            FolderInfo child = childNamed(mb, current, part.trim());
            if (child == null) {
                if (!create) {
                    return null;
                }
                child = create(mb, current, part.trim());
            }
            current = child.id();
        }
        return current;
    }

    List<FolderInfo> children(Mailbox mb, String parentId) {
        requireFolder(mb, parentId);
        List<FolderInfo> out = new ArrayList<>();
        for (Folder f : mb.folders()) {
            if (parentId.equals(f.info().parentFolderId())) {
                out.add(f.info());
            }
        }
        out.sort(Comparator.comparing(FolderInfo::displayName, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    FolderInfo create(Mailbox mb, String parentId, String displayName) {
        checkName(displayName);
        synchronized (mb) {
            requireFolder(mb, parentId);
            if (childNamed(mb, parentId, displayName) != null) {
                throw folderExists();
            }
            long s = store.nextSeq();
            FolderInfo info = new FolderInfo(mb.newFolderId(), displayName, parentId, s);
            mb.folders.put(info.id(), new Folder(info));
            mb.folderLog.put(null, info);
            return info;
        }
    }

    FolderInfo update(Mailbox mb, String folderId, String displayName, String parentId) {
        synchronized (mb) {
            Folder f = requireFolder(mb, folderId);
            if (folderId.equals(mb.defaultFolderId())) {
                throw StoreException.badRequest("ErrorInvalidRequest", "The default contacts folder can't be changed.");
            }
            FolderInfo old = f.info();
            String name = displayName == null ? old.displayName() : displayName;
            String parent = parentId == null ? old.parentFolderId() : parentId;
            checkName(name);
            requireFolder(mb, parent);
            if (isSelfOrDescendant(mb, parent, folderId)) {
                throw StoreException.badRequest("ErrorMoveCopyFailed",
                        "The folder can't be moved into itself or one of its subfolders.");
            }
            FolderInfo clash = childNamed(mb, parent, name);
            if (clash != null && !clash.id().equals(folderId)) {
                throw folderExists();
            }
            FolderInfo info = new FolderInfo(folderId, name, parent, store.nextSeq());
            f.info(info);
            mb.folderLog.put(old, info);
            return info;
        }
    }

    void delete(Mailbox mb, String folderId) {
        synchronized (mb) {
            Folder f = requireFolder(mb, folderId);
            if (folderId.equals(mb.defaultFolderId())) {
                throw StoreException.badRequest("ErrorDeleteDistinguishedFolder",
                        "Distinguished folders cannot be deleted.");
            }
            deleteRecursively(mb, f);
        }
    }

    private void deleteRecursively(Mailbox mb, Folder f) {
        for (Folder child : List.copyOf(mb.folders())) {
            if (f.id().equals(child.info().parentFolderId())) {
                deleteRecursively(mb, child);
            }
        }
        for (ContactEntry e : List.copyOf(f.contacts.values())) {
            store.removeFromFolder(mb, f, e);
        }
        mb.folders.remove(f.id());
        mb.deletedFolders.put(f.id(), f);
        mb.folderLog.remove(f.info(), new DeltaLog.Tombstone(f.id(), store.nextSeq(), "deleted"));
    }

    private static boolean isSelfOrDescendant(Mailbox mb, String candidate, String ancestor) {
        String current = candidate;
        while (current != null) {
            if (current.equals(ancestor)) {
                return true;
            }
            Folder f = mb.folder(current);
            current = f == null ? null : f.info().parentFolderId();
        }
        return false;
    }

    private static FolderInfo childNamed(Mailbox mb, String parentId, String name) {
        for (Folder f : mb.folders()) {
            FolderInfo i = f.info();
            if (parentId.equals(i.parentFolderId()) && i.displayName().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return null;
    }

    private static Folder requireFolder(Mailbox mb, String folderId) {
        Folder f = mb.folder(folderId);
        if (f == null) {
            throw StoreException.notFound();
        }
        return f;
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw StoreException.badRequest("ErrorInvalidRequest", "The folder displayName must not be empty.");
        }
    }

    private static StoreException folderExists() {
        return new StoreException(409, "ErrorFolderExists", "A folder with the specified name already exists.");
    }
}
