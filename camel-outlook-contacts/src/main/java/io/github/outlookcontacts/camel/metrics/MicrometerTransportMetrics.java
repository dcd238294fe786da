package io.github.outlookcontacts.camel.metrics;

import java.time.Duration;

import io.github.outlookcontacts.transport.TransportMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The Graph transport's metrics as Micrometer meters tagged with the mailbox: {@code outlook.contacts.requests}
 * and the {@code outlook.contacts.request} timer (also by method and status), {@code outlook.contacts.retries} and
 * {@code outlook.contacts.throttled}. Micrometer caches meters by name and tags, so looking them up per call is cheap.
 */
final class MicrometerTransportMetrics implements TransportMetrics {

    static final String REQUESTS = "outlook.contacts.requests";
    static final String REQUEST = "outlook.contacts.request";
    static final String RETRIES = "outlook.contacts.retries";
    static final String THROTTLED = "outlook.contacts.throttled";

    private final MeterRegistry registry;

    MicrometerTransportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void request(String mailbox, String method, int status, Duration elapsed) {
        String outcome = status == 0 ? "IO_ERROR" : Integer.toString(status);
        Counter.builder(REQUESTS).description("HTTP requests sent to Microsoft Graph, every attempt")
                .tag("mailbox", mailbox).tag("method", method).tag("status", outcome)
                .register(registry).increment();
        Timer.builder(REQUEST).description("Time until Microsoft Graph's response headers arrived, per attempt")
                .tag("mailbox", mailbox).tag("method", method).tag("status", outcome)
                .register(registry).record(elapsed);
    }

    @Override
    public void throttled(String mailbox) {
        Counter.builder(THROTTLED).description("Responses 429 Too Many Requests from Microsoft Graph")
                .tag("mailbox", mailbox).register(registry).increment();
    }

    @Override
    public void retry(String mailbox) {
        Counter.builder(RETRIES).description("Requests sent again after a retryable status or I/O failure")
                .tag("mailbox", mailbox).register(registry).increment();
    }
}
