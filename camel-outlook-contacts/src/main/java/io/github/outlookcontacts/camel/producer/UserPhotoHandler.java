package io.github.outlookcontacts.camel.producer;

import org.apache.camel.Exchange;

/**
 * The mailbox owner's photo ({@code /me/photo} or {@code /users/{user}/photo}): {@code getUserPhoto},
 * {@code getUserPhotoMetadata}, {@code setUserPhoto}, with the same bodies as the contact photo operations.
 */
public final class UserPhotoHandler {

    private final ProducerContext ctx;

    public UserPhotoHandler(ProducerContext ctx) {
        this.ctx = ctx;
    }

    public void getUserPhoto(Exchange exchange) {
        PhotoHandler.setImage(exchange, ctx.client().getUserPhoto(ctx.mailbox()));
    }

    public void getUserPhotoMetadata(Exchange exchange) {
        exchange.getMessage().setBody(ctx.client().getUserPhotoMetadata(ctx.mailbox()));
    }

    public void setUserPhoto(Exchange exchange) {
        byte[] image = PhotoBytes.read(exchange);
        ctx.client().setUserPhoto(ctx.mailbox(), image, HeaderResolvers.photoContentType(exchange));
    }
}
