package io.github.outlookcontacts.graph;

/**
 * One delta page request: either the start of a round for a folder ({@code link == null}) or a
 * {@code @odata.nextLink} / {@code @odata.deltaLink} that Graph returned earlier, replayed verbatim.
 *
 * @param mailbox  the mailbox
 * @param folderId the contact folder; null uses the folder-less {@code {mailbox}/contacts/delta}, which Graph maps to
 *                 the default folder (for mailboxes whose default folder id cannot be discovered, see
 *                 {@link GraphContactsClient#defaultFolderId})
 * @param link     an opaque link from an earlier page, or null to start a new round
 * @param select   comma-separated {@code $select}, or null for all properties (only used when starting)
 * @param pageSize {@code Prefer: odata.maxpagesize}, or null for Graph's default
 * @param expand   {@code $expand} for the changed contacts (read again after each page, see {@link DeltaExpander}),
 *                 or null
 */
public record DeltaRequest(Mailbox mailbox, String folderId, String link, String select, Integer pageSize,
        String expand) {

    public DeltaRequest(Mailbox mailbox, String folderId, String link, String select, Integer pageSize) {
        this(mailbox, folderId, link, select, pageSize, null);
    }

    public DeltaRequest withLink(String newLink) {
        return new DeltaRequest(mailbox, folderId, newLink, select, pageSize, expand);
    }
}
