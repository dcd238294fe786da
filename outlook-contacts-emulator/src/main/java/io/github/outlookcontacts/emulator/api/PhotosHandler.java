package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Photo;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.util.List;

/** Contact and user profile photos: metadata ({@code photo}) and bytes ({@code photo/$value}). */
final class PhotosHandler {

    private final ContactStore store;

    PhotosHandler(ContactStore store) {
        this.store = store;
    }

    /** {@code contacts/{id}/photo[/$value]}; rest is the part after "photo". */
    ApiResponse contact(Call call, String contactId, List<String> rest) {
        if (rest.size() > 1 || (rest.size() == 1 && !rest.get(0).equals("$value"))) {
            throw StoreException.notFound();
        }
        boolean value = rest.size() == 1;
        if (value && (call.method().equals("PUT") || call.method().equals("PATCH"))) {
            store.setContactPhoto(call.user(), contactId, call.request().body(), call.request().header(
                    "Content-Type"));
            return ApiResponse.empty(200);
        }
        if (!call.method().equals("GET")) {
            return Call.methodNotAllowed();
        }
        ContactEntry e = store.getContact(call.user(), contactId);
        return read(call, e.photo(), value, "contacts('" + contactId + "')/photo/$entity");
    }

    /** {@code photo[/$value]} of the mailbox user. */
    ApiResponse user(Call call, List<String> rest) {
        if (rest.size() > 1 || (rest.size() == 1 && !rest.get(0).equals("$value"))) {
            throw StoreException.notFound();
        }
        boolean value = rest.size() == 1;
        if (value && (call.method().equals("PUT") || call.method().equals("PATCH"))) {
            store.setUserPhoto(call.user(), call.request().body(), call.request().header("Content-Type"));
            return ApiResponse.empty(200);
        }
        if (!call.method().equals("GET")) {
            return Call.methodNotAllowed();
        }
        return read(call, store.mailbox(call.user()).userPhoto(), value, "photo/$entity");
    }

    private static ApiResponse read(Call call, Photo photo, boolean value, String context) {
        if (photo == null) {
            throw StoreException.notFound();
        }
        if (value) {
            return new ApiResponse(200, photo.data()).header("Content-Type", photo.contentType());
        }
        return JsonOut.response(200, g -> {
            g.writeStartObject();
            g.writeStringField("@odata.context", call.context(context));
            g.writeStringField("@odata.mediaContentType", photo.contentType());
            g.writeStringField("@odata.mediaEtag", "W/\"" + photo.etag() + "\"");
            g.writeStringField("id", photo.width() + "X" + photo.height());
            g.writeNumberField("width", photo.width());
            g.writeNumberField("height", photo.height());
            g.writeEndObject();
        });
    }
}
