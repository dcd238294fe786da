package io.github.outlookcontacts.camel.producer;

import org.apache.camel.Exchange;

/**
 * A contact's photo: {@code getPhoto}, {@code getPhotoMetadata}, {@code setPhoto}. Reads return {@code byte[]} with a
 * {@code Content-Type} header, or the {@link io.github.outlookcontacts.model.ProfilePhoto} metadata; writes take
 * {@code byte[]} or an {@code InputStream} under 4 MB and leave the body as it was. A contact photo has one size.
 */
public final class PhotoHandler {

    private final ProducerContext ctx;

    public PhotoHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    public void getPhoto(Exchange exchange) {
        noSize(exchange, "getPhoto");
        String id = HeaderResolvers.contactId(exchange, "getPhoto", true, true);
        setImage(exchange, ctx.client().getContactPhoto(ctx.mailbox(), id));
        exchange.getMessage().setHeader(ProducerHeaders.CONTACT_ID, id);
    }

    public void getPhotoMetadata(Exchange exchange) {
        noSize(exchange, "getPhotoMetadata");
        String id = HeaderResolvers.contactId(exchange, "getPhotoMetadata", true, true);
        exchange.getMessage().setBody(ctx.client().getContactPhotoMetadata(ctx.mailbox(), id));
        exchange.getMessage().setHeader(ProducerHeaders.CONTACT_ID, id);
    }

    public void setPhoto(Exchange exchange) {
        String id = HeaderResolvers.contactId(exchange, "setPhoto", false, false);
        byte[] image = PhotoBytes.read(exchange);
        ctx.client().setContactPhoto(ctx.mailbox(), id, image, HeaderResolvers.photoContentType(exchange));
    }

    /** Graph v1.0 keeps one size of a contact's photo: a size asked for is refused before any call. */
    private void noSize(Exchange exchange, String op) {
        if (HeaderResolvers.photoSize(exchange, ctx.options(), false) != null) {
            throw new IllegalArgumentException(op + ": photoSize / header " + ProducerHeaders.PHOTO_SIZE
                    + " applies to getUserPhoto and getUserPhotoMetadata only; Graph v1.0 serves a contact's photo in"
                    + " the one size it was uploaded in (there is no photos/{size} for contacts)");
        }
    }

    static void setImage(Exchange exchange, byte[] image) {
        exchange.getMessage().setBody(image);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, PhotoBytes.contentType(image));
    }
}
