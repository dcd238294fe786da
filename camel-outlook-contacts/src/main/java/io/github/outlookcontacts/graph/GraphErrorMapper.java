package io.github.outlookcontacts.graph;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.transport.HttpResponse;
import io.github.outlookcontacts.transport.UrlRedactor;

/**
 * Turns a Graph error response into the matching {@link GraphException}: status, {@code error.code},
 * {@code error.message} and the {@code request-id} header. Graph's messages are quoted; nothing from the request
 * (tokens, bodies) is.
 */
final class GraphErrorMapper {

    private static final int MAX_MESSAGE = 500;

    /** Reads (and closes) an error response. */
    GraphException map(HttpResponse response) {
        byte[] body;
        try {
            body = response.bodyBytes();
        } catch (IOException e) {
            body = new byte[0];
        } finally {
            response.close();
        }
        String code = null;
        String message = null;
        String requestId = response.header("request-id");
        try {
            JsonNode error = body.length == 0 ? null : GraphJson.mapper().readTree(body).path("error");
            if (error != null && error.isObject()) {
                code = text(error.get("code"));
                message = text(error.get("message"));
                if (requestId == null) {
                    requestId = text(error.path("innerError").get("request-id"));
                }
            }
        } catch (IOException notJson) {
            // not a Graph error body (a proxy page, say): status alone tells the story
        }
        return of(response.status(), code, shorten(message), requestId, response.header("Retry-After"),
                response.request().method() + " " + UrlRedactor.redact(response.request().uri()));
    }

    static GraphException of(int status, String code, String message, String requestId, String retryAfter,
                             String what) {
        String lowerCode = code == null ? "" : code.toLowerCase(Locale.ROOT);
        if (status == 410 || lowerCode.equals("syncstatenotfound") || lowerCode.equals("resyncrequired")) {
            return new SyncStateGoneException(status, code, message, requestId);
        }
        return switch (status) {
            case 404 -> new GraphNotFoundException(status, code, message, requestId);
            case 412 -> new GraphConflictException(status, code, message == null
                    ? "the etag sent as If-Match is stale; read the contact again" : message, requestId);
            case 429, 503, 504 -> new GraphThrottledException(status, code, appendRetryAfter(message, retryAfter)
                                                                            + " (still failing after retries: " + what
                                                                            + ")", requestId);
            case 401 -> new GraphException(status, code, (message == null ? "" : message + " - ")
                                                         + "the access token was refused (a refreshed one too); check"
                                                         + " the credentials, tenant and Contacts permissions",
                    requestId);
            case 403 -> new GraphException(status, code, (message == null ? "" : message + " - ")
                                                         + "access denied; the app needs Contacts.Read or"
                                                         + " Contacts.ReadWrite for this mailbox (the user photo:"
                                                         + " User.Read or User.ReadWrite, .All when app-only)",
                    requestId);
            default -> new GraphException(status, code, message, requestId);
        };
    }

    private static String appendRetryAfter(String message, String retryAfter) {
        String base = message == null ? "throttled" : message;
        return retryAfter == null ? base : base + "; Retry-After " + retryAfter;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String shorten(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE) + "...";
    }
}
