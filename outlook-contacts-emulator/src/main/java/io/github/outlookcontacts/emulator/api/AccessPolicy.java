package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.StoreException;

/**
 * Graph's permission check for the calls the emulator serves, from the token's {@code scp} (delegated) or
 * {@code roles} (app-only) as the permissions reference and the API pages list them. Only callers whose permissions
 * are known are checked (strict mode); a delegated caller reaches another user's contacts only in a folder that user
 * shared with them, and only with a {@code .Shared} scope.
 */
final class AccessPolicy {

    private final ContactStore store;

    AccessPolicy(ContactStore store) {
        this.store = store;
    }

    /** Contacts or contact folders of {@code call.user()}: {@code folderId} null means the whole mailbox. */
    void contacts(Call call, String folderId, boolean write) {
        Principal p = principal(call);
        if (p.permissions() == null) {
            return;
        }
        if (p.appOnly()) {
            require(write ? p.hasAny("Contacts.ReadWrite") : p.hasAny("Contacts.Read", "Contacts.ReadWrite"));
        } else if (isOwn(p, call)) {
            require(write ? p.hasAny("Contacts.ReadWrite", "Contacts.ReadWrite.Shared")
                    : p.hasAny("Contacts.Read", "Contacts.ReadWrite", "Contacts.Read.Shared",
                            "Contacts.ReadWrite.Shared"));
        } else {
            require(write ? p.hasAny("Contacts.ReadWrite.Shared")
                    : p.hasAny("Contacts.Read.Shared", "Contacts.ReadWrite.Shared"));
            require(folderId != null && store.isSharedWith(call.user(), folderId, p.user(), write));
        }
    }

    /** The profile (photo) of {@code call.user()}. */
    void user(Call call, boolean write) {
        Principal p = principal(call);
        if (p.permissions() == null) {
            return;
        }
        if (p.appOnly()) {
            require(write ? p.hasAny("User.ReadWrite.All") : p.hasAny("User.Read.All", "User.ReadWrite.All"));
        } else if (isOwn(p, call)) {
            require(write ? p.hasAny("User.ReadWrite", "User.ReadWrite.All")
                    : p.hasAny("User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All",
                            "User.ReadWrite.All"));
        } else {
            require(write ? p.hasAny("User.ReadWrite.All")
                    : p.hasAny("User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All"));
        }
    }

    private boolean isOwn(Principal p, Call call) {
        return p.user() != null && (p.user().equalsIgnoreCase(call.user())
                || store.findMailbox(p.user()).map(m -> m.userId().equalsIgnoreCase(call.user())).orElse(false));
    }

    private static Principal principal(Call call) {
        Principal p = call.request().principal();
        return p == null ? Principal.lenient() : p;
    }

    private static void require(boolean granted) {
        if (!granted) {
            throw new StoreException(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
        }
    }
}
