package io.github.outlookcontacts.camel;

import java.util.Map;

import io.github.outlookcontacts.sync.SyncHealth;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of the sync consumer: down while its polls keep failing to talk to Graph (with the HTTP status, Graph's
 * error code and message as details) or before its first poll. Reads the engine's health snapshot only, never the
 * network.
 */
public class OutlookContactsConsumerHealthCheck implements HealthCheck {

    private final OutlookContactsConsumer consumer;
    private final String routeId;
    private boolean enabled = true;

    public OutlookContactsConsumerHealthCheck(OutlookContactsConsumer consumer, String routeId) {
        this.consumer = consumer;
        this.routeId = routeId;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return "outlook-contacts-consumer-" + routeId;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        if (!enabled) {
            return builder.message("Disabled").detail(CHECK_ENABLED, false).unknown().build();
        }
        SyncHealth health = consumer.getSyncHealth();
        builder.detail("route.id", routeId);
        builder.detail("mailbox", consumer.getEndpoint().getConfiguration().getUser());
        PushWiring.details(builder, consumer.getPushStatus());
        if (!health.polled()) {
            return builder.message("Outlook contacts consumer has not polled Microsoft Graph yet").down().build();
        }
        if (health.isHealthy()) {
            return builder.up().build();
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
        return builder.message("Microsoft Graph failed the last " + health.consecutiveFailures() + " poll(s) ("
                               + status + "): " + health.lastError())
                .down().build();
    }
}
