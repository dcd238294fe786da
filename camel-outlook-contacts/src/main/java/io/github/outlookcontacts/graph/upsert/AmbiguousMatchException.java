package io.github.outlookcontacts.graph.upsert;

import java.util.List;

/**
 * More than one contact matches an upsert's key; the upsert refuses to pick one and names them all.
 */
public class AmbiguousMatchException extends IllegalStateException {

    private final transient List<String> contactIds;

    public AmbiguousMatchException(String keyDescription, List<String> contactIds) {
        super("upsert: " + contactIds.size() + " contacts match " + keyDescription + " (ids " + String.join(", ",
                contactIds) + "); refusing to pick one: remove the duplicates or upsert by id with update");
        this.contactIds = List.copyOf(contactIds);
    }

    public List<String> getContactIds() {
        return contactIds;
    }
}
