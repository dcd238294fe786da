package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.outlookcontacts.sync.SyncHealth;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of the sync consumer: down before its first read and while its reads keep failing to talk to Graph (with
 * the HTTP status, Graph's error code and message as details); reports the last Graph status, when the last read
 * succeeded, when the last complete round ended and how long ago (the lag), and when the access token expires; down
 * while maxDeletesPerRound holds a round back, with the reason. Reads the engine's health snapshot and the token
 * provider's cache only, never the network.
 */
public class OutlookContactsConsumerHealthCheck extends AbstractHealthCheck {

    private final OutlookContactsConsumer consumer;
    private final String routeId;

    public OutlookContactsConsumerHealthCheck(OutlookContactsConsumer consumer, String routeId) {
        super("camel", "outlook-contacts-consumer-" + routeId);
        this.consumer = consumer;
        this.routeId = routeId;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        SyncHealth health = consumer.getSyncHealth();
        builder.detail("route.id", routeId);
        builder.detail("mailbox", consumer.metricsMailbox());
        builder.detail("folder", consumer.metricsFolder());
        Instant now = Instant.now();
        PushWiring.details(builder, consumer.getPushStatus());
        Instant round = health.lastCompleteRound();
        if (round != null) {
            builder.detail("last.complete.round", round.toString());
            builder.detail("lag.millis", Math.max(0, Duration.between(round, now).toMillis()));
        }
        if (health.lastSuccess() != null) {
            builder.detail("last.success", health.lastSuccess().toString());
        }
        if (health.isHealthy()) {
            builder.detail("graph.status", 200); // a delta read succeeds only with 200
        } else if (health.lastStatus() > 0) {
            builder.detail("graph.status", health.lastStatus());
        }
        consumer.getEndpoint().getTokenExpiry().ifPresent(expiry -> {
            builder.detail("token.expiry", expiry.toString());
            builder.detail("token.expires.in.seconds", Duration.between(now, expiry).toSeconds());
        });
        if (consumer.isDeleteBreakerOpen()) {
            builder.detail("delete.breaker", "open");
            builder.message("Outlook contacts sync waits for an operator: " + consumer.getDeleteBreakerReason()).down();
            return;
        }
        if (!health.polled()) {
            builder.message("Outlook contacts consumer has not polled Microsoft Graph yet").down();
            return;
        }
        if (health.isHealthy()) {
            builder.up();
            return;
        }
        builder.detail(FAILURE_ERROR_COUNT, health.consecutiveFailures());
        if (health.lastStatus() > 0) {
            builder.detail(HTTP_RESPONSE_CODE, health.lastStatus());
        }
        if (health.lastErrorCode() != null) {
            builder.detail("graph.error.code", health.lastErrorCode());
        }
        if (health.lastFailure() != null) {
            builder.detail(FAILURE_TIME, health.lastFailure().toString());
        }
        String status = health.lastStatus() > 0 ? "HTTP " + health.lastStatus() : "no HTTP answer";
        builder.message("Microsoft Graph failed the last " + health.consecutiveFailures() + " read(s) (" + status
                        + "): " + health.lastError())
                .down();
    }
}
