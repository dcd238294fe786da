package io.github.outlookcontacts.emulator.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;

/**
 * An error of the identity platform, rendered like Entra ID's token endpoint:
 * {@code {"error","error_description":"AADSTSnnn: ...\r\nTrace ID: ..","error_codes":[nnn],"timestamp",...}}.
 */
record IdentityError(int status, String error, int code, String message) {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    static IdentityError invalidRequest(int code, String message) {
        return new IdentityError(400, "invalid_request", code, message);
    }

    static IdentityError missingParameter(String name) {
        return invalidRequest(900144, "The request body must contain the following parameter: '" + name + "'.");
    }

    static IdentityError invalidClient(int code, String message) {
        return new IdentityError(401, "invalid_client", code, message);
    }

    static IdentityError invalidGrant(int code, String message) {
        return new IdentityError(400, "invalid_grant", code, message);
    }

    ApiResponse toResponse(ApiRequest request, Clock clock) {
        String traceId = UUID.randomUUID().toString();
        String correlationId = request.header("client-request-id");
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
        }
        String timestamp = TIMESTAMP.format(clock.instant());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", "AADSTS" + code + ": " + message + "\r\nTrace ID: " + traceId
                + "\r\nCorrelation ID: " + correlationId + "\r\nTimestamp: " + timestamp);
        body.put("error_codes", List.of(code));
        body.put("timestamp", timestamp);
        body.put("trace_id", traceId);
        body.put("correlation_id", correlationId);
        body.put("error_uri", IdentityPaths.origin(request) + "/error?code=" + code);
        return json(status, body);
    }

    static ApiResponse json(int status, Map<String, ?> body) {
        try {
            return new ApiResponse(status, Jwt.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Cache-Control", "no-store, no-cache")
                    .header("Pragma", "no-cache");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
