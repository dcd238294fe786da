package io.github.outlookcontacts.emulator.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Photo;
import io.github.outlookcontacts.emulator.store.PhotoSizes;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.io.IOException;
import java.util.List;

/**
 * Contact and user profile photos. Contacts have one photo ({@code photo}, {@code photo/$value}; 404 when none).
 * Users also have Microsoft 365's HD sizes: {@code photos} lists them, {@code photos/{size}[/$value]} serves one,
 * {@code photo} the largest; a user without a photo (or a size above the upload's) gets Graph's 200 metadata with a
 * 1x1 {@code image/gif} placeholder, while {@code $value} is 404.
 */
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
        if (value && isWrite(call)) {
            store.setContactPhoto(call.user(), contactId, call.request().body(), call.request().header(
                    "Content-Type"));
            return ApiResponse.empty(200);
        }
        if (!call.method().equals("GET")) {
            return Call.methodNotAllowed();
        }
        ContactEntry e = store.getContact(call.user(), contactId);
        if (e.photo() == null) {
            throw StoreException.notFound();
        }
        return value ? bytes(e.photo()) : metadata(call, e.photo(), "contacts('" + contactId + "')/photo/$entity");
    }

    /** {@code photo[/$value]}, {@code photos}, {@code photos/{size}[/$value]} of the mailbox user. */
    ApiResponse user(Call call, List<String> r) {
        boolean sized = r.get(0).equalsIgnoreCase("photos");
        List<String> rest = r.subList(sized ? Math.min(2, r.size()) : 1, r.size());
        if (rest.size() > 1 || (rest.size() == 1 && !rest.get(0).equals("$value"))) {
            throw StoreException.notFound();
        }
        boolean value = rest.size() == 1;
        if (sized && r.size() == 1) {
            return call.method().equals("GET") ? list(call) : Call.methodNotAllowed();
        }
        if (value && isWrite(call) && !sized) {
            store.setUserPhoto(call.user(), call.request().body(), call.request().header("Content-Type"));
            return ApiResponse.empty(200);
        }
        if (!call.method().equals("GET")) {
            return Call.methodNotAllowed();
        }
        Photo photo = store.existingMailbox(call.user()).userPhoto();
        int edge = sized ? PhotoSizes.parse(r.get(1)) : largest(photo);
        if (sized && edge < 0) {
            throw StoreException.notFound();
        }
        Photo served;
        if (photo == null) {
            served = null;
        } else if (sized) {
            served = PhotoSizes.available(photo).contains(edge) ? PhotoSizes.scaled(photo, edge) : null;
        } else {
            served = edge < 0 ? photo : PhotoSizes.scaled(photo, edge);
        }
        if (value) {
            if (served == null) {
                throw StoreException.notFound();
            }
            return bytes(served);
        }
        String context = sized ? "users('" + call.user() + "')/photos('" + r.get(1) + "')/$entity" : "photo/$entity";
        return served == null ? placeholder(call, context) : metadata(call, served, context);
    }

    /** The largest HD edge of the photo; -1 for a photo under 48 pixels (served as is), 0 without a photo. */
    private static int largest(Photo photo) {
        if (photo == null) {
            return 0;
        }
        List<Integer> sizes = PhotoSizes.available(photo);
        return sizes.isEmpty() ? -1 : sizes.get(sizes.size() - 1);
    }

    private ApiResponse list(Call call) {
        Photo photo = store.existingMailbox(call.user()).userPhoto();
        List<Integer> sizes = photo == null ? List.of() : PhotoSizes.available(photo);
        return JsonOut.response(200, g -> {
            g.writeStartObject();
            g.writeStringField("@odata.context", call.context("photos"));
            g.writeArrayFieldStart("value");
            for (int edge : sizes) {
                g.writeStartObject();
                fields(g, "\"" + photo.etag() + "\"", "image/jpeg", edge, edge);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static boolean isWrite(Call call) {
        return call.method().equals("PUT") || call.method().equals("PATCH");
    }

    private static ApiResponse bytes(Photo photo) {
        return new ApiResponse(200, photo.data()).header("Content-Type", photo.contentType());
    }

    private static ApiResponse metadata(Call call, Photo photo, String context) {
        return JsonOut.response(200, g -> {
            g.writeStartObject();
            g.writeStringField("@odata.context", call.context(context));
            fields(g, "\"" + photo.etag() + "\"", photo.contentType(), photo.width(), photo.height());
            g.writeEndObject();
        });
    }

    /** Graph's answer for a user without a photo (profilephoto-get.md): 200, a 1x1 GIF, an empty media etag. */
    private static ApiResponse placeholder(Call call, String context) {
        return JsonOut.response(200, g -> {
            g.writeStartObject();
            g.writeStringField("@odata.context", call.context(context));
            fields(g, "", "image/gif", 1, 1);
            g.writeEndObject();
        });
    }

    private static void fields(JsonGenerator g, String etag, String contentType, int width, int height)
            throws IOException {
        g.writeStringField("@odata.mediaContentType", contentType);
        g.writeStringField("@odata.mediaEtag", etag);
        g.writeStringField("id", width + "x" + height);
        g.writeNumberField("width", width);
        g.writeNumberField("height", height);
    }
}
