package io.github.outlookcontacts.graph;

import java.util.Objects;

/**
 * The mailbox a request addresses: {@code me} (delegated token) or a user id / UPN (app-only, {@code /users/{user}}).
 */
public record Mailbox(String user) {

    public static final String ME = "me";

    public Mailbox {
        Objects.requireNonNull(user, "user");
        if (user.isBlank()) {
            throw new IllegalArgumentException("user must be 'me' or a user id / userPrincipalName, not blank");
        }
    }

    public static Mailbox of(String user) {
        return new Mailbox(user == null || user.isBlank() ? ME : user);
    }

    public boolean isMe() {
        return ME.equalsIgnoreCase(user);
    }

    /** Path prefix relative to the Graph root: {@code /me} or {@code /users/{percent-encoded user}}. */
    public String pathPrefix() {
        return isMe() ? "/me" : "/users/" + GraphPaths.segment(user);
    }

    /** {@code /me/contacts} or {@code /me/contactFolders/{id}/contacts}: a folder's contacts (null: the default). */
    public String contactsPath(String folderId) {
        return pathPrefix() + (folderId == null ? "/contacts"
                : "/contactFolders/" + GraphPaths.segment(folderId) + "/contacts");
    }

    /** {@code /me/contacts/{id}}: one contact, wherever it is. */
    public String contactPath(String contactId) {
        return pathPrefix() + "/contacts/" + GraphPaths.segment(contactId);
    }
}
