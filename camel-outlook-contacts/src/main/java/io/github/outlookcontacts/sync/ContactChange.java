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
 * @param previous      a fingerprint of the version the consumer knew before this change (what echo suppression
 *                      compares a write's starting point with), or {@link #UNKNOWN_PREVIOUS}
 */
public record ContactChange(ChangeType type, String folderId, Contact contact, String removedReason, long previous) {

    /** No version known before: a created contact, or a change not classified against the known set. */
    public static final long UNKNOWN_PREVIOUS = KnownContacts.ABSENT;

    public ContactChange(ChangeType type, String folderId, Contact contact, String removedReason) {
        this(type, folderId, contact, removedReason, UNKNOWN_PREVIOUS);
    }

    /** True when the consumer knew the contact at exactly this changeKey before the change. */
    public boolean followsVersion(String changeKey) {
        return previous != UNKNOWN_PREVIOUS && previous == KnownContacts.changeKeyHash(changeKey);
    }

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
