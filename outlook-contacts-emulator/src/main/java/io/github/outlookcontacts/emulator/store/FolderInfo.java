package io.github.outlookcontacts.emulator.store;

/** The visible state of a contact folder at one change (parentFolderId is null for the default folder's parent). */
public record FolderInfo(String id, String displayName, String parentFolderId, long seq) implements DeltaLog.Item {
}
