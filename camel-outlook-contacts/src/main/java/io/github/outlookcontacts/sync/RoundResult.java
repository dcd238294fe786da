package io.github.outlookcontacts.sync;

/**
 * What one poll of one folder did.
 *
 * @param pages         pages committed
 * @param created       created changes handed on
 * @param updated       updated changes handed on
 * @param deleted       deleted changes handed on
 * @param roundComplete a delta link was reached (the folder is up to date)
 * @param failed        a change was not handled successfully; it comes again on the next poll
 */
public record RoundResult(int pages, int created, int updated, int deleted, boolean roundComplete, boolean failed) {

    public static final RoundResult NOTHING = new RoundResult(0, 0, 0, 0, false, false);

    public int changes() {
        return created + updated + deleted;
    }

    public RoundResult plus(RoundResult o) {
        return new RoundResult(pages + o.pages, created + o.created, updated + o.updated, deleted + o.deleted,
                roundComplete && o.roundComplete, failed || o.failed);
    }
}
