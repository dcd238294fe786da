package io.github.outlookcontacts.emulator.faults;

import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.server.TransportFault;

/**
 * The pipeline step that applies a {@link FaultPlan}: latency (top-level requests), service time (inside the
 * throttle's concurrency limit, which wraps this step), delta-token expiry, HTTP errors, and (for top-level requests
 * only) dropped connections and truncated bodies.
 */
public final class FaultFilter implements ApiHandler {

    private final ApiHandler next;
    private final FaultPlan plan;
    private final boolean subRequest;
    private final boolean identity;

    /**
     * @param subRequest true for the {@code $batch} sub-request pipeline, where transport faults cannot happen
     */
    public FaultFilter(ApiHandler next, FaultPlan plan, boolean subRequest) {
        this(next, plan, subRequest, false);
    }

    private FaultFilter(ApiHandler next, FaultPlan plan, boolean subRequest, boolean identity) {
        this.next = next;
        this.plan = plan;
        this.subRequest = subRequest;
        this.identity = identity;
    }

    /** For the identity endpoints: faults reach them only when {@link FaultPlan#includeIdentityEndpoints} is on. */
    public static FaultFilter forIdentity(ApiHandler next, FaultPlan plan) {
        return new FaultFilter(next, plan, false, true);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (identity && !plan.includesIdentityEndpoints()) {
            return next.handle(request);
        }
        String path = request.rawPath() == null ? "/" : request.rawPath();
        FaultPlan.Decision decision = plan.decide(request.method(), path, request.rawQuery(), subRequest);
        if (decision.expireDeltaTokens()) {
            plan.expireDeltaTokensFor(path);
        }
        sleep(decision.latencyMs());
        FaultKind kind = decision.kind();
        if (kind == null) {
            return served(request, decision);
        }
        return switch (kind) {
            case DROP_CONNECTION -> TransportFault.DROP.mark(ApiResponse.empty(500));
            case DROP_AFTER_PROCESSING -> TransportFault.DROP.mark(served(request, decision));
            case TRUNCATED_BODY -> TransportFault.TRUNCATE.mark(served(request, decision));
            default -> FaultResponses.of(kind, plan.retryAfterSeconds());
        };
    }

    private ApiResponse served(ApiRequest request, FaultPlan.Decision decision) {
        sleep(decision.serviceTimeMs());
        return next.handle(request);
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
