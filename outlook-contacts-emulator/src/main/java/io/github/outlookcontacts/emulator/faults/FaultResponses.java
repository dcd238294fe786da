package io.github.outlookcontacts.emulator.faults;

import io.github.outlookcontacts.emulator.http.ApiResponse;

/** The Graph-shaped answers of the HTTP-level faults. */
final class FaultResponses {

    private FaultResponses() {
    }

    static ApiResponse of(FaultKind kind, int retryAfterSeconds) {
        ApiResponse response = switch (kind.status()) {
            case 429 -> ApiResponse.error(429, "ApplicationThrottled",
                    "Application is over its MailboxConcurrency limit.");
            case 500 -> ApiResponse.error(500, "InternalServerError",
                    "An internal server error occurred. The operation failed.");
            case 502 -> ApiResponse.error(502, "BadGateway", "The gateway received an invalid response.");
            case 503 -> ApiResponse.error(503, "ServiceUnavailable",
                    "The service is temporarily unavailable. Please retry later.");
            case 504 -> ApiResponse.error(504, "GatewayTimeout", "The gateway did not receive a timely response.");
            // Illustrative: Exchange's quota error; Dev Proxy injects 507 on POST, PUT and DELETE.
            case 507 -> ApiResponse.error(507, "ErrorQuotaExceeded", "The mailbox is over its storage quota.");
            default -> throw new IllegalArgumentException(kind + " has no HTTP answer");
        };
        if (kind.hasRetryAfter()) {
            response.header("Retry-After", Integer.toString(retryAfterSeconds));
        }
        return response;
    }
}
