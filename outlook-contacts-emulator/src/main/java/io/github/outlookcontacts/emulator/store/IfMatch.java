package io.github.outlookcontacts.emulator.store;

/**
 * Optimistic concurrency like Exchange: an {@code If-Match} of {@code W/"<changeKey>"} (or {@code *}) must match the
 * contact's current change key, otherwise 412 ErrorIrresolvableConflict.
 */
final class IfMatch {

    private IfMatch() {
    }

    /** Passes when the header is absent, {@code *}, or names the current change key (weak or strong form). */
    static void check(ContactEntry e, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String v = candidate.trim();
            if (v.equals("*")) {
                return;
            }
            if (v.startsWith("W/")) {
                v = v.substring(2);
            }
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1);
            }
            if (v.equals(e.changeKey())) {
                return;
            }
        }
        throw StoreException.changeKeyMismatch();
    }
}
