package io.github.outlookcontacts.emulator.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Streams a JSON response body with Jackson's generator. */
final class JsonOut {

    /** Writes JSON content. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonOut() {
    }

    static ApiResponse response(int status, Body body) {
        return ApiResponse.json(status, bytes(body));
    }

    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
