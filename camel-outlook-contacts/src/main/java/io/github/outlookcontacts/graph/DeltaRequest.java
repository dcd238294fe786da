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
 * @param pageSize {@code Prefer: odata.maxpagesize} from 1 to {@link #MAX_PAGE_SIZE}, or null for Graph's default
 * @param expand   {@code $expand} for the changed contacts (read again after each page, see {@link DeltaExpander}),
 *                 or null
 */
public record DeltaRequest(Mailbox mailbox, String folderId, String link, String select, Integer pageSize,
        String expand) {

    /** Graph's cap on {@code odata.maxpagesize} for contacts delta: larger values are clamped to it. */
    public static final int MAX_PAGE_SIZE = 200;

    public DeltaRequest {
        checkPageSize(pageSize);
    }

    public DeltaRequest(Mailbox mailbox, String folderId, String link, String select, Integer pageSize) {
        this(mailbox, folderId, link, select, pageSize, null);
    }

    /** Fails naming the option pageSize and its range when {@code pageSize} is set and out of range. */
    public static void checkPageSize(Integer pageSize) {
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
            throw new IllegalArgumentException("Invalid value " + pageSize + " for option pageSize; allowed values:"
                                               + " 1 to " + MAX_PAGE_SIZE + " (Graph's maximum page size for"
                                               + " contacts)");
        }
    }

    public DeltaRequest withLink(String newLink) {
        return new DeltaRequest(mailbox, folderId, newLink, select, pageSize, expand);
    }
}
