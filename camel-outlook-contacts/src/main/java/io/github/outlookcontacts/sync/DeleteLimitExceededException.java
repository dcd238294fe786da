package io.github.outlookcontacts.sync;

/**
 * More deletes at once than {@code maxDeletesPerRound} allows; nothing was deleted (or emitted).
 */
public class DeleteLimitExceededException extends IllegalStateException {

    private final long deletes;
    private final long allowed;

    public DeleteLimitExceededException(long deletes, long allowed, long folderSize, DeleteLimit limit, String what,
                                        String remedy) {
        super(what + " would delete " + deletes + " contacts, more than maxDeletesPerRound=" + limit + " allows ("
              + allowed + (limit.isPercentage() ? " of the folder's " + folderSize : "") + "); nothing was deleted. "
              + remedy);
        this.deletes = deletes;
        this.allowed = allowed;
    }

    public long getDeletes() {
        return deletes;
    }

    public long getAllowed() {
        return allowed;
    }
}
