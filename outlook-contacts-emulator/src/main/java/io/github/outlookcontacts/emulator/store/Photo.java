package io.github.outlookcontacts.emulator.store;

/** A stored profile photo: the raw bytes, their media type and the pixel size read from the image header. */
public record Photo(byte[] data, String contentType, int width, int height) {

    /** Largest accepted photo, as Graph documents ("under 4 MB"). */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /** A content hash, as the photo's media etag. */
    public String etag() {
        return Integer.toHexString(java.util.Arrays.hashCode(data)) + Integer.toHexString(data.length);
    }

    public static Photo of(byte[] data, String contentType) {
        int[] size = ImageSize.read(data);
        return new Photo(data, contentType, size[0], size[1]);
    }
}
