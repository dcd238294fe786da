package io.github.outlookcontacts.camel.producer;

import org.apache.camel.Exchange;

/**
 * The mailbox owner's photo ({@code /me/photo} or {@code /users/{user}/photo}): {@code getUserPhoto},
 * {@code getUserPhotoMetadata}, {@code setUserPhoto}, with the same bodies as the contact photo operations. Reads take
 * {@code photoSize} (48x48 ... 648x648, absent = the largest); {@code photoSize=all} on getUserPhotoMetadata gives the
 * list of available sizes. A user without a photo is a {@link io.github.outlookcontacts.graph.GraphNotFoundException}
 * on both reads (Graph's 1x1 placeholder metadata counts as no photo).
 */
public final class UserPhotoHandler {

    private final ProducerContext ctx;

    public UserPhotoHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    public void getUserPhoto(Exchange exchange) {
        String size = HeaderResolvers.photoSize(exchange, ctx.options(), false);
        PhotoHandler.setImage(exchange, ctx.client().getUserPhoto(ctx.mailbox(), size));
    }

    public void getUserPhotoMetadata(Exchange exchange) {
        String size = HeaderResolvers.photoSize(exchange, ctx.options(), true);
        exchange.getMessage().setBody(HeaderResolvers.ALL_PHOTO_SIZES.equals(size)
                ? ctx.client().listUserPhotoSizes(ctx.mailbox())
                : ctx.client().getUserPhotoMetadata(ctx.mailbox(), size));
    }

    public void setUserPhoto(Exchange exchange) {
        byte[] image = PhotoBytes.read(exchange);
        ctx.client().setUserPhoto(ctx.mailbox(), image, HeaderResolvers.photoContentType(exchange));
    }
}
