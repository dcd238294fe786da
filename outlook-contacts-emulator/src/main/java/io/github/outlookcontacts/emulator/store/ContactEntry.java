package io.github.outlookcontacts.emulator.store;

/**
 * One stored contact version (immutable; every write replaces it). The writable properties are kept as compact JSON
 * bytes so a million contacts fit in a few hundred MB.
 *
 * @param id              the contact id
 * @param folderId        the folder holding it
 * @param seq             global sequence number of its last change (the change key derives from it)
 * @param createdMillis   creation time
 * @param modifiedMillis  last modification time
 * @param json            the set writable properties as a compact JSON object
 * @param extendedProps   singleValueExtendedProperties as a JSON array, or null
 * @param photo           the contact photo, or null
 * @param navigation      multiValueExtendedProperties and open extensions ({@link ContactNavigation}), or null
 */
public record ContactEntry(String id, String folderId, long seq, long createdMillis, long modifiedMillis, byte[] json,
        byte[] extendedProps, Photo photo, byte[] navigation) implements DeltaLog.Item {

    public String changeKey() {
        return Ids.changeKey(seq);
    }

    /** The stored writable properties as a JSON object (a copy; for tests and tools). */
    public com.fasterxml.jackson.databind.node.ObjectNode properties() {
        return Json.object(json);
    }

    public String etag() {
        return "W/\"" + changeKey() + "\"";
    }

    ContactEntry withChange(String newFolderId, long newSeq, long now, byte[] newJson, byte[] newExt,
            Photo newPhoto) {
        return new ContactEntry(id, newFolderId, newSeq, createdMillis, now, newJson, newExt, newPhoto, navigation);
    }

    ContactEntry withNavigation(long newSeq, long now, byte[] newNavigation) {
        return new ContactEntry(id, folderId, newSeq, createdMillis, now, json, extendedProps, photo, newNavigation);
    }

    /** The multi-value extended properties and open extensions (empty arrays when none). */
    public ContactNavigation nav() {
        return ContactNavigation.of(navigation);
    }
}
