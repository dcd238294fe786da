package io.github.outlookcontacts.emulator.faults;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The faults the emulator can inject, each with the token the command line uses for it. */
public enum FaultKind {

    /** 429 ApplicationThrottled with Retry-After. */
    THROTTLED("429", 429, true),
    /** 429 ApplicationThrottled without Retry-After (the client must back off on its own). */
    THROTTLED_NO_RETRY_AFTER("429-no-retry-after", 429, false),
    /** 500 InternalServerError. */
    INTERNAL_ERROR("500", 500, false),
    /** 502 BadGateway. */
    BAD_GATEWAY("502", 502, false),
    /** 503 ServiceUnavailable with Retry-After. */
    SERVICE_UNAVAILABLE("503", 503, true),
    /** 503 ServiceUnavailable without Retry-After. */
    SERVICE_UNAVAILABLE_NO_RETRY_AFTER("503-no-retry-after", 503, false),
    /** 504 GatewayTimeout. */
    GATEWAY_TIMEOUT("504", 504, false),
    /** 507 ErrorQuotaExceeded: the mailbox is full; random faults pick it for POST, PUT and DELETE only. */
    INSUFFICIENT_STORAGE("507", 507, false),
    /** The connection is closed before the request is processed, without any answer. */
    DROP_CONNECTION("drop", 0, false),
    /** The request is processed (a write happens), then the connection is closed without any answer. */
    DROP_AFTER_PROCESSING("drop-after", 0, false),
    /** The request is processed; headers with the full Content-Length go out, then half the body, then a close. */
    TRUNCATED_BODY("truncate", 0, false);

    private final String token;
    private final int status;
    private final boolean retryAfter;

    FaultKind(String token, int status, boolean retryAfter) {
        this.token = token;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** The command-line token, e.g. {@code 429} or {@code drop}. */
    public String token() {
        return token;
    }

    /** The HTTP status, or 0 for transport faults. */
    public int status() {
        return status;
    }

    public boolean hasRetryAfter() {
        return retryAfter;
    }

    /** Whether a random fault of this kind suits {@code method} (like Dev Proxy, 507 only for POST, PUT, DELETE). */
    public boolean appliesTo(String method) {
        return this != INSUFFICIENT_STORAGE || "POST".equals(method) || "PUT".equals(method)
                || "DELETE".equals(method);
    }

    /** Faults below HTTP: they cannot happen to a {@code $batch} sub-request. */
    public boolean isTransport() {
        return status == 0;
    }

    /** Parses a token (or the enum name), naming the allowed values when it is unknown. */
    public static FaultKind parse(String value) {
        String v = value.trim();
        for (FaultKind kind : values()) {
            if (kind.token.equalsIgnoreCase(v) || kind.name().equalsIgnoreCase(v)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown fault '" + value + "'; allowed: "
                + Arrays.stream(values()).map(FaultKind::token).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return token.toLowerCase(Locale.ROOT);
    }
}
