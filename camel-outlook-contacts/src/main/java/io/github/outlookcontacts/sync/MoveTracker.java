package io.github.outlookcontacts.sync;

/**
 * {@code includeSubfolders=true}: recognises contacts that moved between two synced folders, so the route sees one
 * {@code updated} (with the new folder id) instead of a {@code deleted} and a {@code created} in an order that depends
 * on which folder is read first.
 */
interface MoveTracker {

    /**
     * A contact left a folder ({@code @removed} with reason {@code changed}, or missing from a resync round): true
     * when it now lives in another synced folder, so no {@code deleted} is emitted.
     */
    boolean movedWithinTree(String contactId);

    /** A contact new to a folder: true when it came from another synced folder, so it is {@code updated}. */
    boolean arrivedFromTree(String contactId);
}
