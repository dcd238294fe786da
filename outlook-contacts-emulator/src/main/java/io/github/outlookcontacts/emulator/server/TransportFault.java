package io.github.outlookcontacts.emulator.server;

import io.github.outlookcontacts.emulator.http.ApiResponse;

/**
 * Faults that happen below HTTP (a connection closed without an answer, a body cut short); a handler asks for one by
 * marking its response, and the server acts on the mark instead of answering normally.
 */
public enum TransportFault {

    /** Close the connection without sending anything. */
    DROP,
    /** Send the headers with the full Content-Length, then half of the body, then close the connection. */
    TRUNCATE;

    /** Internal header carrying the mark; the server removes it before anything reaches the wire. */
    static final String MARKER_HEADER = "X-Emulator-Transport-Fault";

    /** Marks {@code response} so the server applies this fault to it. */
    public ApiResponse mark(ApiResponse response) {
        return response.header(MARKER_HEADER, name());
    }

    static TransportFault of(ApiResponse response) {
        String mark = response.headers().get(MARKER_HEADER);
        return mark == null ? null : valueOf(mark);
    }
}
