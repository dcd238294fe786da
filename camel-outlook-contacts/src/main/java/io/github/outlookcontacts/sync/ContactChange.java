package io.github.outlookcontacts.sync;

import io.github.outlookcontacts.model.Contact;

/**
 * One change handed to the route.
 *
 * @param type          created, updated or deleted
 * @param user          the mailbox
 * @param folderId      the folder the change was read from
 * @param contact       the contact (for deleted: a contact holding only the id)
 * @param removedReason on deleted: Graph's {@code @removed} reason, or {@code vanished} when a resync found the
 *                      contact gone
 */
public record ContactChange(ChangeType type, String user, String folderId, Contact contact, String removedReason) {

    public String contactId() {
        return contact.getId();
    }

    public String changeKey() {
        return contact.getChangeKey();
    }
}
