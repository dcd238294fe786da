package io.github.outlookcontacts.graph;

/**
 * Graph's one size rule for photo uploads: "under 4 MB" ({@code profilephoto-update.md}), so 4,194,304 bytes is
 * already too large. The producer and the client both ask here, so there is one check and one message.
 */
public final class PhotoLimit {

    /** The first size Graph refuses: 4 MB = 4,194,304 bytes. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private PhotoLimit() {
    }

    /** Why a photo of {@code length} bytes is refused, or null if it is accepted; {@code atLeast}: length is a floor. */
    public static String problem(long length, boolean atLeast) {
        if (length < MAX_BYTES) {
            return null;
        }
        return (atLeast ? "at least " : "") + length + " bytes; Graph accepts photos under 4 MB (at most "
               + (MAX_BYTES - 1) + " bytes)";
    }
}
