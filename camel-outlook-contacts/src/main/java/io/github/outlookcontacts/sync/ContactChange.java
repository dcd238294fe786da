package io.github.outlookcontacts.sync;

import io.github.outlookcontacts.model.Contact;

/**
 * One change the engine hands to the caller.
 *
 * @param type          created, updated or deleted
 * @param folderId      the folder the change was read from (null only for a default folder Graph has not revealed)
 * @param contact       the contact as Graph sent it; on {@code deleted} a contact holding only the id
 * @param removedReason on {@code deleted}: Graph's {@code @removed.reason}, or {@code deleted} when the engine found
 *                      the contact gone after a full resync or with its folder; null otherwise
 */
public record ContactChange(ChangeType type, String folderId, Contact contact, String removedReason) {

    public String contactId() {
        return contact.getId();
    }

    /** The changeKey; null on {@code deleted}. */
    public String changeKey() {
        return type == ChangeType.DELETED ? null : contact.getChangeKey();
    }

    @Override
    public String toString() {
        // Ids only: contact data never goes into logs above DEBUG.
        return "ContactChange[" + type.value() + " " + contactId() + " in " + folderId + "]";
    }
}
