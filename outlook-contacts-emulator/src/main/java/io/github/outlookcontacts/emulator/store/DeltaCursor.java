package io.github.outlookcontacts.emulator.store;

/**
 * What a delta/skip token encodes: the scope, the $select of the initial request and the position in a round.
 *
 * @param folders    true for the folder-hierarchy delta, false for a folder's contacts
 * @param mailbox    mailbox key (lower-case user)
 * @param folderId   the contact folder (empty for the hierarchy)
 * @param select     the $select of the initial request (empty = all properties)
 * @param after      items with a sequence number above this are still to come
 * @param upTo       the round's snapshot; for a delta token (next round not started) -1
 * @param initial    the first round (tombstones are not reported)
 * @param generation store token generation at issue time
 * @param issuedAt   epoch seconds of issue, for the TTL
 */
public record DeltaCursor(boolean folders, String mailbox, String folderId, String select, long after, long upTo,
        boolean initial, long generation, long issuedAt) {

    /** A deltaLink token: the next round starts after {@code after}. */
    public boolean isDeltaToken() {
        return upTo < 0;
    }
}
