package io.github.outlookcontacts.sync;

/**
 * One folder on its own: no peers, so a contact that leaves it is deleted for the route and one that arrives is
 * created.
 */
final class SingleFolder implements ChangeSource {

    private final FolderSync folder;
    private final PageClassifier classifier;
    private final MoveResolver moves;

    SingleFolder(FolderSync folder, PageClassifier classifier, MoveResolver moves) {
        this.folder = folder;
        this.classifier = classifier;
        this.moves = moves;
    }

    String folderId() {
        return folder.folderId();
    }

    @Override
    public void beginRound() {
        folder.beginRound();
    }

    @Override
    public Step next() {
        return folder.next(classifier, moves);
    }

    @Override
    public void forget() {
        folder.forget();
    }

    @Override
    public void roundCommitted() {
        moves.roundComplete();
    }
}
