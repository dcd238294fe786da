package io.github.outlookcontacts.sync;

import java.util.Locale;

import io.github.outlookcontacts.graph.GraphPaths;
import io.github.outlookcontacts.graph.Mailbox;

/**
 * Names of the values the engine keeps. Every consumer configuration gets its own namespace, keyed by mailbox and
 * synced folder: {@code outlook-contacts/<user>/<folder id or "default">[+tree]/}. Ids are percent-encoded, so keys
 * never contain {@code =}, spaces or line breaks (line-based repositories stay safe).
 */
final class StateKeys {

    static final String DEFAULT_FOLDER = "default";

    private StateKeys() {
    }

    static String namespace(Mailbox mailbox, String rootKey, boolean tree) {
        return "outlook-contacts/" + GraphPaths.queryValue(mailbox.user().toLowerCase(Locale.ROOT)) + "/"
               + GraphPaths.queryValue(rootKey) + (tree ? "+tree" : "") + "/";
    }

    /** The scope of one folder of a tree: {@code <namespace><folder id>/}. */
    static String folderScope(String namespace, String folderKey) {
        return namespace + GraphPaths.queryValue(folderKey) + "/";
    }
}
