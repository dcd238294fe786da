package io.github.outlookcontacts.camel.producer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.github.outlookcontacts.model.validation.ContactValidationException;
import io.github.outlookcontacts.model.validation.ValidationProblem;
import org.apache.camel.Exchange;
import org.apache.camel.NoTypeConversionAvailableException;

/**
 * Reads a photo body (byte[], InputStream, or anything Camel converts to byte[]) without ever holding more than
 * 4 MB, and tells the image type of photo bytes Graph returned.
 */
final class PhotoBytes {

    /** Graph's limit for a photo upload: under 4 MB (one rule, shared with the Graph client). */
    static final int MAX_PHOTO_BYTES = io.github.outlookcontacts.graph.PhotoLimit.MAX_BYTES;

    private PhotoBytes() {
    }

    static byte[] read(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        byte[] bytes;
        try {
            if (body instanceof byte[] b) {
                bytes = b;
            } else if (body instanceof InputStream in) {
                bytes = in.readNBytes(MAX_PHOTO_BYTES);
            } else if (body == null) {
                throw tooBad("the body is empty; send the image as byte[] or InputStream");
            } else {
                bytes = exchange.getContext().getTypeConverter().mandatoryConvertTo(byte[].class, exchange, body);
            }
        } catch (IOException | NoTypeConversionAvailableException e) {
            throw new IllegalArgumentException("cannot read the photo body: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw tooBad("the body is empty; send the image as byte[] or InputStream");
        }
        String tooLarge = io.github.outlookcontacts.graph.PhotoLimit.problem(bytes.length,
                body instanceof InputStream);
        if (tooLarge != null) {
            throw tooBad(tooLarge);
        }
        return bytes;
    }

    /** The image type from the first bytes (JPEG, PNG, GIF, BMP); application/octet-stream when unknown. */
    static String contentType(byte[] image) {
        if (startsWith(image, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(image, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(image, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(image, 'B', 'M')) {
            return "image/bmp";
        }
        return "application/octet-stream";
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data == null || data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ContactValidationException tooBad(String message) {
        return new ContactValidationException("photo", List.of(new ValidationProblem("photo (body)", message)));
    }
}
