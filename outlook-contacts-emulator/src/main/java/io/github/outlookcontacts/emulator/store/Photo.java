package io.github.outlookcontacts.emulator.store;

/** A stored profile photo: the raw bytes, their media type and the pixel size read from the image header. */
public record Photo(byte[] data, String contentType, int width, int height) {

    /** Graph documents photos "under 4 MB": this many bytes and more are refused. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /** A content hash, as the photo's media etag: eight upper-case hex digits like Graph's ({@code BA09D118}). */
    public String etag() {
        return String.format("%08X", java.util.Arrays.hashCode(data) * 31 + data.length);
    }

    public static Photo of(byte[] data, String contentType) {
        int[] size = ImageSize.read(data);
        return new Photo(data, contentType, size[0], size[1]);
    }

    /** Checks an upload like Graph (non-empty, under 4 MB, an image type) and reads its size. */
    static Photo validated(byte[] data, String contentType) {
        if (data.length >= MAX_BYTES) {
            throw StoreException.badRequest("ErrorRequestEntityTooLarge", "The photo is " + data.length
                    + " bytes; it must be under 4 MB (" + MAX_BYTES + " bytes).");
        }
        if (data.length == 0) {
            throw StoreException.badRequest("ErrorInvalidRequest", "The photo stream is empty.");
        }
        String type = contentType == null ? "image/jpeg" : contentType.split(";")[0].trim();
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("image/")) {
            throw StoreException.badRequest("ErrorInvalidRequest",
                    "The Content-Type must be an image type such as image/jpeg.");
        }
        return of(data, type);
    }
}
