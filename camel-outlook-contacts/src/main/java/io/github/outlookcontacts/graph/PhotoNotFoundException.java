package io.github.outlookcontacts.graph;

/**
 * The user has no photo (in that size): Graph answered the metadata request with its 200 + 1x1 {@code image/gif}
 * placeholder, which the client reports like the 404 the photo bytes get.
 */
public class PhotoNotFoundException extends GraphNotFoundException {

    PhotoNotFoundException(Mailbox mailbox, String size) {
        super("Graph has no photo" + (size == null ? "" : " of size " + size) + " for " + mailbox.user()
                + " (it answered its 1x1 image/gif placeholder)", 404, "ErrorItemNotFound", null);
    }
}
