package io.github.outlookcontacts.emulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.http.Principal;
import org.junit.jupiter.api.Test;

/** The sub-request pipeline of {@code $batch} has no wire of its own, so it is driven directly here. */
class SubRequestFaultsTest {

    private final FaultPlan plan = new FaultPlan();
    private final FaultFilter subRequests = new FaultFilter(r -> ApiResponse.json(200, "{}"), plan, true);

    private ApiResponse call() {
        return subRequests.handle(new ApiRequest("GET", "/me/contacts", null, Map.of(), null, Principal.lenient()));
    }

    @Test
    void subRequestGetsTheErrorWithRetryAfterInItsHeaders() {
        plan.retryAfterSeconds(3).failNext(1, FaultKind.THROTTLED);

        ApiResponse response = call();

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.headers()).containsEntry("Retry-After", "3");
    }

    @Test
    void transportFaultsDoNotApplyToSubRequestsAndStayQueuedForTheWire() {
        plan.failNext(1, FaultKind.DROP_CONNECTION).rate(1).errors(FaultKind.TRUNCATED_BODY);

        ApiResponse response = call();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).doesNotContainKey("X-Emulator-Transport-Fault");
        assertThat(plan.injectedTotal()).isZero();
    }
}
