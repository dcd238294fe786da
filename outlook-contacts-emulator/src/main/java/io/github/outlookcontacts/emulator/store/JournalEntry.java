package io.github.outlookcontacts.emulator.store;

import java.time.Instant;

/**
 * One contact change as the server saw it.
 *
 * @param seq          global sequence number (increasing)
 * @param time         when it happened
 * @param mailbox      the mailbox user
 * @param folderId     the folder the contact is in after the change (for deletes: the folder it was in)
 * @param fromFolderId for moves, the folder it left; otherwise null
 * @param contactId    the contact id
 * @param type         what happened
 */
public record JournalEntry(long seq, Instant time, String mailbox, String folderId, String fromFolderId,
        String contactId, ChangeType type) {

    /** The contact's change key after this change (deleted contacts report the key of the delete). */
    public String changeKey() {
        return Ids.changeKey(seq);
    }
}
