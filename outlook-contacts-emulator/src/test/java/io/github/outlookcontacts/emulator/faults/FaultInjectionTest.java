package io.github.outlookcontacts.emulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.WireClient;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultInjectionTest {

    private static final String BODY = "{\"value\":[{\"id\":\"c1\",\"displayName\":\"Pavel Bansky\"}]}";

    private final AtomicInteger handled = new AtomicInteger();
    private final AtomicInteger deltaExpiries = new AtomicInteger();
    private final AtomicBoolean expiredBeforeHandling = new AtomicBoolean();
    private final WireClient client = new WireClient();
    private GraphEmulator emulator;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().graphApi(r -> {
            handled.incrementAndGet();
            expiredBeforeHandling.set(deltaExpiries.get() > 0);
            return ApiResponse.json(200, BODY);
        }).build().start();
        emulator.faults().deltaTokenExpirer(deltaExpiries::incrementAndGet);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String contacts() {
        return emulator.baseUrl() + "/me/contacts";
    }

    @ParameterizedTest
    @CsvSource({
        "429, 429, ApplicationThrottled, 0",
        "429-no-retry-after, 429, ApplicationThrottled, ",
        "500, 500, InternalServerError, ",
        "502, 502, BadGateway, ",
        "503, 503, ServiceUnavailable, 0",
        "503-no-retry-after, 503, ServiceUnavailable, ",
        "504, 504, GatewayTimeout, "})
    void scriptedHttpFaultIsSeenByTheClientThenTheNextRequestSucceeds(String token, int status, String code,
            String retryAfter) throws Exception {
        emulator.faults().retryAfterSeconds(0).failNext(1, FaultKind.parse(token));

        HttpResponse<String> failed = client.get(contacts());
        HttpResponse<String> next = client.get(contacts());

        assertThat(failed.statusCode()).isEqualTo(status);
        assertThat(failed.body()).contains("\"code\":\"" + code + "\"");
        assertThat(failed.headers().firstValue("Retry-After")).isEqualTo(java.util.Optional.ofNullable(retryAfter));
        assertThat(failed.headers().firstValue("request-id")).isPresent();
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(handled).hasValue(1);
        assertThat(emulator.faults().injected(FaultKind.parse(token))).isEqualTo(1);
    }

    @Test
    void retryAfterSecondsIsConfigurable() throws Exception {
        emulator.faults().retryAfterSeconds(7).failNext(1, FaultKind.THROTTLED);

        assertThat(client.get(contacts()).headers().firstValue("Retry-After")).contains("7");
    }

    @Test
    void droppedConnectionIsAnIOExceptionAndNothingIsProcessed() {
        emulator.faults().failNext(1, FaultKind.DROP_CONNECTION);

        assertThatThrownBy(() -> client.send("POST", contacts(), "{}")).isInstanceOf(IOException.class);
        assertThat(handled).hasValue(0);
        assertThat(emulator.faults().injected(FaultKind.DROP_CONNECTION)).isEqualTo(1);
    }

    @Test
    void javaNetHttpSilentlyRetriesAnIdempotentGetOnceAfterADrop() throws Exception {
        emulator.faults().failNext(1, FaultKind.DROP_CONNECTION);
        assertThat(client.get(contacts()).statusCode()).isEqualTo(200);

        emulator.faults().failNext(2, FaultKind.DROP_CONNECTION);
        assertThatThrownBy(() -> client.get(contacts())).isInstanceOf(IOException.class);
        assertThat(emulator.faults().injected(FaultKind.DROP_CONNECTION)).isEqualTo(3);
    }

    @Test
    void dropAfterProcessingLosesTheAnswerButNotTheWrite() throws Exception {
        emulator.faults().failNext(1, FaultKind.DROP_AFTER_PROCESSING);

        assertThatThrownBy(() -> client.send("PATCH", contacts() + "/c1", "{}")).isInstanceOf(IOException.class);
        assertThat(handled).hasValue(1);
        assertThat(client.get(contacts()).statusCode()).isEqualTo(200);
    }

    @Test
    void truncatedBodyIsAnIOExceptionForJavaNetHttp() {
        emulator.faults().failNext(1, FaultKind.TRUNCATED_BODY);

        assertThatThrownBy(() -> client.get(contacts())).isInstanceOf(IOException.class);
        assertThat(handled).hasValue(1);
    }

    @Test
    void truncatedBodyDeclaresTheFullLengthThenSendsHalf() throws Exception {
        emulator.faults().failNext(1, FaultKind.TRUNCATED_BODY);

        String raw = rawGet("/v1.0/me/contacts");

        Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(raw);
        assertThat(length.find()).isTrue();
        assertThat(raw).startsWith("HTTP/1.1 200");
        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        assertThat(Integer.parseInt(length.group(1))).isEqualTo(BODY.length());
        assertThat(body).isEqualTo(BODY.substring(0, BODY.length() / 2));
    }

    @Test
    void rateOneFailsEveryRequestWithTheChosenErrorsAndRateZeroNone() throws Exception {
        emulator.faults().rate(1.0).errors(FaultKind.SERVICE_UNAVAILABLE);
        for (int i = 0; i < 3; i++) {
            assertThat(client.get(contacts()).statusCode()).isEqualTo(503);
        }
        emulator.faults().rate(0);
        assertThat(client.get(contacts()).statusCode()).isEqualTo(200);
        assertThat(emulator.faults().injected(FaultKind.SERVICE_UNAVAILABLE)).isEqualTo(3);
    }

    @Test
    void seededRandomFaultsRepeat() throws Exception {
        List<Integer> first = statuses(42, 12);
        List<Integer> second = statuses(42, 12);

        assertThat(first).isEqualTo(second);
        assertThat(first).contains(200).anyMatch(s -> s >= 500);
    }

    private List<Integer> statuses(long seed, int count) throws Exception {
        emulator.faults().reset();
        emulator.faults().seed(seed).rate(0.5).errors(FaultKind.INTERNAL_ERROR, FaultKind.GATEWAY_TIMEOUT);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(client.get(contacts()).statusCode());
        }
        return statuses;
    }

    @Test
    void methodAndPathFiltersNarrowTheFaults() throws Exception {
        emulator.faults().onlyMethods("patch").onlyPathsContaining("/contacts/").failNext(1, FaultKind.THROTTLED);

        assertThat(client.get(contacts() + "/c1").statusCode()).isEqualTo(200);
        assertThat(client.send("PATCH", emulator.baseUrl() + "/me/contactFolders/f1", "{}").statusCode())
                .isEqualTo(200);
        assertThat(client.send("PATCH", contacts() + "/c1", "{}").statusCode()).isEqualTo(429);
    }

    @Test
    void latencyDelaysMatchingRequests() throws Exception {
        emulator.faults().latency(Duration.ofMillis(150));

        long start = System.nanoTime();
        assertThat(client.get(contacts()).statusCode()).isEqualTo(200);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(emulator.faults().delayedRequests()).isEqualTo(1);
    }

    @Test
    void deltaTokensExpireOnTheKthDeltaRequestBeforeItIsProcessed() throws Exception {
        emulator.faults().expireDeltaTokensOnDeltaRequest(2);
        String delta = emulator.baseUrl() + "/me/contactFolders/f1/contacts/delta";

        client.get(delta);
        assertThat(deltaExpiries).hasValue(0);
        client.get(contacts());
        client.get(delta.replace("/delta", "/microsoft.graph.delta()"));

        assertThat(deltaExpiries).hasValue(1);
        assertThat(expiredBeforeHandling).isTrue();
        client.get(delta);
        assertThat(deltaExpiries).hasValue(1);
        assertThat(emulator.faults().deltaTokenExpiries()).isEqualTo(1);

        emulator.faults().expireDeltaTokensNow();
        assertThat(deltaExpiries).hasValue(2);
    }

    @Test
    void deltaTokensExpireOnEveryKthRequestThatUsesOne() throws Exception {
        emulator.faults().expireDeltaTokensEvery(2);
        String delta = emulator.baseUrl() + "/me/contactFolders/f1/contacts/delta";

        client.get(delta);
        client.get(delta + "?$deltatoken=");
        client.get(delta + "?$skiptoken=s1");
        client.get(delta + "?$deltatoken=d1");
        assertThat(deltaExpiries).hasValue(0);
        client.get(delta + "()?%24deltatoken=d2");
        assertThat(deltaExpiries).hasValue(1);
        assertThat(expiredBeforeHandling).isTrue();
        client.get(delta + "?$select=givenName&$deltatoken=d3");
        client.get(delta + "?$deltatoken=d4");

        assertThat(deltaExpiries).hasValue(2);
        assertThat(emulator.faults().deltaTokenExpiries()).isEqualTo(2);
        emulator.faults().expireDeltaTokensEvery(0);
        client.get(delta + "?$deltatoken=d5");
        client.get(delta + "?$deltatoken=d6");
        assertThat(deltaExpiries).hasValue(2);
    }

    @Test
    void randomInsufficientStorageHitsOnlyWritesLikeDevProxy() throws Exception {
        emulator.faults().rate(1).errors(FaultKind.INSUFFICIENT_STORAGE);

        HttpResponse<String> post = client.send("POST", contacts(), "{}");
        HttpResponse<String> get = client.get(contacts());
        HttpResponse<String> patch = client.send("PATCH", contacts() + "/c1", "{}");

        assertThat(post.statusCode()).isEqualTo(507);
        assertThat(post.body()).contains("\"code\":\"ErrorQuotaExceeded\"");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(patch.statusCode()).isEqualTo(200);
        assertThat(emulator.faults().injected(FaultKind.INSUFFICIENT_STORAGE)).isEqualTo(1);
    }

    @Test
    void faultsDoNotTouchIdentityOrUnauthenticatedRequests() throws Exception {
        emulator.faults().rate(1).errors(FaultKind.INTERNAL_ERROR);

        HttpResponse<String> unauthenticated = client.send(HttpRequest.newBuilder(URI.create(contacts())).GET().build());
        String token = "http://127.0.0.1:" + emulator.port() + "/contoso/oauth2/v2.0/token";
        HttpResponse<String> identity = client.send("POST", token, "grant_type=client_credentials");

        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        // The identity service's own answer (no client credential sent), not an injected fault.
        assertThat(identity.statusCode()).isEqualTo(400);
        assertThat(identity.body()).contains("\"error\":\"invalid_request\"");
        assertThat(emulator.faults().injectedTotal()).isZero();

        emulator.faults().includeIdentityEndpoints(true);
        assertThat(client.send("POST", token, "grant_type=client_credentials").statusCode()).isEqualTo(500);
        assertThat(emulator.faults().injected(FaultKind.INTERNAL_ERROR)).isEqualTo(1);
    }

    @Test
    void resetRestoresTheBuildTimePlan() throws Exception {
        try (GraphEmulator faulty = GraphEmulator.builder().graphApi(r -> ApiResponse.json(200, "{}"))
                .faults(f -> f.rate(1).errors(FaultKind.GATEWAY_TIMEOUT)).build().start()) {
            String url = faulty.baseUrl() + "/me/contacts";
            assertThat(client.get(url).statusCode()).isEqualTo(504);
            faulty.faults().rate(0).failNext(3, FaultKind.INTERNAL_ERROR);

            faulty.faults().reset();

            assertThat(faulty.faults().injectedTotal()).isZero();
            assertThat(client.get(url).statusCode()).isEqualTo(504);
        }
    }

    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                all.write(buffer, 0, n);
            }
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
