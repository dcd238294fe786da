package io.github.outlookcontacts.camel.dataformat.support;

import java.util.Objects;

import io.github.outlookcontacts.model.Contact;

/**
 * A contact with its photo: what a vCard holds beyond the Graph contact resource, whose photo is a separate resource
 * ({@code getPhoto} / {@code setPhoto}).
 *
 * @param contact          the contact (never null)
 * @param photo            the image bytes, or null when there is none
 * @param photoContentType the image's MIME type such as {@code image/jpeg}, or null when unknown or no photo
 */
public record ContactCard(Contact contact, byte[] photo, String photoContentType) {

    public ContactCard {
        Objects.requireNonNull(contact, "contact");
    }

    /** A card without a photo. */
    public static ContactCard of(Contact contact) {
        return new ContactCard(contact, null, null);
    }

    public boolean hasPhoto() {
        return photo != null && photo.length > 0;
    }

    @Override
    public String toString() {
        // Personal data stays out of logs, like Contact's own toString.
        return "ContactCard[" + contact + ", photo=" + (hasPhoto() ? photo.length + " bytes" : "none") + "]";
    }
}
