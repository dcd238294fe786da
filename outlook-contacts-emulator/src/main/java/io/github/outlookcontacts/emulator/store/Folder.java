package io.github.outlookcontacts.emulator.store;

import java.util.Collection;
import java.util.concurrent.ConcurrentSkipListMap;

/** A contact folder: its contacts by id (stable listing order) and their delta log. */
public final class Folder {

    private final String id;
    private volatile FolderInfo info;
    final ConcurrentSkipListMap<String, ContactEntry> contacts = new ConcurrentSkipListMap<>();
    final DeltaLog log = new DeltaLog();

    Folder(FolderInfo info) {
        this.id = info.id();
        this.info = info;
    }

    public String id() {
        return id;
    }

    public FolderInfo info() {
        return info;
    }

    void info(FolderInfo newInfo) {
        this.info = newInfo;
    }

    public int contactCount() {
        return contacts.size();
    }

    /** Live view of the contacts, ordered by id. */
    public Collection<ContactEntry> contacts() {
        return contacts.values();
    }
}
