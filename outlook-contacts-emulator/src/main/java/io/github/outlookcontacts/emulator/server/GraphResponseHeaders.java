package io.github.outlookcontacts.emulator.server;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.Headers;

/** The headers Microsoft Graph puts on every answer (request ids, Date, no caching, diagnostics, HSTS on https). */
final class GraphResponseHeaders {

    private static final String DIAGNOSTIC = "{\"ServerInfo\":{\"DataCenter\":\"Emulator\",\"Slice\":\"E\","
            + "\"Ring\":\"0\",\"ScaleUnit\":\"000\",\"RoleInstance\":\"outlook-contacts-emulator\",\"ADSiteName\":\"LOC\"}}";

    private GraphResponseHeaders() {
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** Copies the handler's headers, then adds Graph's common ones (the handler's own values win, except ids). */
    static void apply(Headers target, Map<String, String> fromHandler, String requestId, String clientRequestId,
            boolean https) {
        fromHandler.forEach((name, value) -> {
            if (!name.equalsIgnoreCase(TransportFault.MARKER_HEADER)) {
                target.set(name, value);
            }
        });
        target.set("request-id", requestId);
        // Graph echoes the caller's client-request-id, or repeats request-id when the caller sent none.
        target.set("client-request-id", clientRequestId == null ? requestId : clientRequestId);
        target.set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        target.set("Cache-Control", "no-store");
        target.set("x-ms-ags-diagnostic", DIAGNOSTIC);
        if (https) {
            target.set("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
