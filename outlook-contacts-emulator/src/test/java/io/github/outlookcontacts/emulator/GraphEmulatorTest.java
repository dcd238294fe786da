package io.github.outlookcontacts.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.http.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The facade with the real Graph API and store behind the platform filters. */
class GraphEmulatorTest {

    private final WireClient client = new WireClient();
    private GraphEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void deltaNextLinkUsesTheListenerBaseUrlAndExpiryGives410() throws Exception {
        emulator = GraphEmulator.builder().seedContacts(Principal.DEFAULT_USER, "", 15).build().start();
        String folder = emulator.store().defaultFolderId(Principal.DEFAULT_USER);

        HttpResponse<String> first = client.get(emulator.baseUrl() + "/me/contactFolders/" + folder
                + "/contacts/delta");
        assertThat(first.statusCode()).isEqualTo(200);
        Matcher next = Pattern.compile("\"@odata.nextLink\"\\s*:\\s*\"([^\"]+)\"").matcher(first.body());
        assertThat(next.find()).isTrue();
        String nextLink = next.group(1).replace("\\/", "/");
        assertThat(nextLink).startsWith(emulator.baseUrl() + "/");

        emulator.faults().expireDeltaTokensNow();

        HttpResponse<String> gone = client.get(nextLink);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("SyncStateNotFound");
    }

    @Test
    void batchSubRequestsAreThrottledAndFaultedOneByOneWhileTheEnvelopeStays200() throws Exception {
        emulator = GraphEmulator.builder().seedContacts(Principal.DEFAULT_USER, "", 2).build().start();
        emulator.faults().retryAfterSeconds(2).onlyPathsContaining("/contacts/none").failNext(1, FaultKind.THROTTLED);
        String batch = "{\"requests\":["
                + "{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/me/contacts\"},"
                + "{\"id\":\"2\",\"method\":\"GET\",\"url\":\"/me/contacts/none\"},"
                + "{\"id\":\"3\",\"method\":\"GET\",\"url\":\"/me/contacts?$top=1\",\"dependsOn\":[\"2\"]}]}";

        HttpResponse<String> response = client.send("POST", emulator.baseUrl() + "/$batch", batch);

        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body().replace(" ", "");
        assertThat(body).contains("\"status\":429").contains("\"Retry-After\":\"2\"").contains("\"status\":424");
        assertThat(emulator.faults().injected(FaultKind.THROTTLED)).isEqualTo(1);
        // The envelope and each sub-request are counted on their own.
        assertThat(emulator.throttling().requestCount("POST", "/$batch")).isEqualTo(1);
        assertThat(emulator.throttling().requestCount("GET", "/me/contacts")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void batchSubRequestsHitTheMailboxBudget() throws Exception {
        emulator = GraphEmulator.builder().requestBudget(2, java.time.Duration.ofMinutes(1)).build().start();
        StringBuilder batch = new StringBuilder("{\"requests\":[");
        for (int i = 1; i <= 4; i++) {
            batch.append(i > 1 ? "," : "").append("{\"id\":\"").append(i)
                    .append("\",\"method\":\"GET\",\"url\":\"/users/alice@contoso.com/contactFolders\"}");
        }
        HttpResponse<String> response = client.send("POST", emulator.baseUrl() + "/$batch", batch + "]}");

        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body().replace(" ", "");
        assertThat(body.split("\"status\":429", -1)).hasSize(3);
        assertThat(body).contains("ApplicationThrottled");
        assertThat(emulator.throttling().throttledRequests()).isEqualTo(2);
    }

    @Test
    void batchSubRequestsRunFourAtATimeSoTheMailboxConcurrencyLimitCanThrottleThem() throws Exception {
        emulator = GraphEmulator.builder().seedContacts("alice@contoso.com", "", 1).maxConcurrency(2)
                .faults(f -> f.serviceTime(java.time.Duration.ofMillis(300))).build().start();
        StringBuilder batch = new StringBuilder("{\"requests\":[");
        for (int i = 1; i <= 4; i++) {
            batch.append(i > 1 ? "," : "").append("{\"id\":\"").append(i)
                    .append("\",\"method\":\"GET\",\"url\":\"/users/alice@contoso.com/contacts\"}");
        }

        HttpResponse<String> response = client.send("POST", emulator.baseUrl() + "/$batch", batch + "]}");

        String body = response.body().replace(" ", "");
        assertThat(body.split("\"status\":429", -1)).as("two of four over the limit of 2").hasSize(3);
        assertThat(body).contains("MailboxConcurrency");
        assertThat(emulator.throttling().maxConcurrencyObserved("alice@contoso.com")).isGreaterThan(2);
    }

    @Test
    void latencyDelaysTheEnvelopeOnceAndServiceTimeEachSubRequestFourAtATime() throws Exception {
        emulator = GraphEmulator.builder().seedContacts("alice@contoso.com", "", 1)
                .faults(f -> f.latency(java.time.Duration.ofMillis(100)).serviceTime(java.time.Duration.ofMillis(100)))
                .build().start();
        StringBuilder batch = new StringBuilder("{\"requests\":[");
        for (int i = 1; i <= 8; i++) {
            batch.append(i > 1 ? "," : "").append("{\"id\":\"").append(i)
                    .append("\",\"method\":\"GET\",\"url\":\"/users/alice@contoso.com/contacts\"}");
        }

        long start = System.nanoTime();
        HttpResponse<String> response = client.send("POST", emulator.baseUrl() + "/$batch", batch + "]}");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.body().replace(" ", "").split("\"status\":200", -1)).hasSize(9);
        // 100 ms for the envelope, then 8 sub-requests of 100 ms four at a time: 300 ms; latency per sub-request
        // too would be 100 + 2 x 200 = 500 ms
        assertThat(millis).isBetween(300L, 490L);
        assertThat(emulator.throttling().maxConcurrencyObserved("alice@contoso.com")).isEqualTo(4);
        assertThat(emulator.faults().delayedRequests()).as("the envelope and its 8 sub-requests").isEqualTo(9);
    }

    @Test
    void batchRequestIdsAreComparedWithoutRegardToCase() throws Exception {
        emulator = GraphEmulator.builder().seedContacts("alice@contoso.com", "", 1).build().start();
        String duplicated = "{\"requests\":[{\"id\":\"a\",\"method\":\"GET\",\"url\":\"/users/alice@contoso.com/contacts\"},"
                + "{\"id\":\"A\",\"method\":\"GET\",\"url\":\"/users/alice@contoso.com/contacts\"}]}";
        String dependent = "{\"requests\":[{\"id\":\"b\",\"method\":\"GET\",\"url\":\"/users/alice@contoso.com/none\"},"
                + "{\"id\":\"c\",\"method\":\"GET\",\"url\":\"/users/alice@contoso.com/contacts\","
                + "\"dependsOn\":[\"B\"]}]}";

        assertThat(client.send("POST", emulator.baseUrl() + "/$batch", duplicated).statusCode()).isEqualTo(400);
        HttpResponse<String> response = client.send("POST", emulator.baseUrl() + "/$batch", dependent);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().replace(" ", "")).contains("\"status\":424");
    }
}
