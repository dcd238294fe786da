package io.github.outlookcontacts.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.http.Principal;
import org.junit.jupiter.api.Test;

class EmulatorMainTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void helpListsEveryOptionAndStartsNothing() {
        assertThat(EmulatorMain.start(new String[] {"--help"}, out)).isNull();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--port", "--https-port", "--seed N",
                "--seed-file", "--strict-auth", "--fault-rate", "--faults", "--latency-ms", "--service-time-ms",
                "--max-concurrency",
                "--budget", "--delta-page-size", "--enforce-retry-after", "--expire-delta-every", "429-no-retry-after",
                "--client ID:SECRET", "--public-client", "--auto-approve", "--token-lifetime",
                "truncate", "507");
    }

    @Test
    void badOptionsAreNamedWithTheAllowedValues() {
        assertThatThrownBy(() -> EmulatorOptions.parse("--fault-rate", "2")).hasMessageContaining("--fault-rate")
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> EmulatorOptions.parse("--faults", "429,418")).hasMessageContaining("'418'")
                .hasMessageContaining("allowed: 429");
        assertThatThrownBy(() -> EmulatorOptions.parse("--port")).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> EmulatorOptions.parse("--service-time-ms", "50-20"))
                .hasMessageContaining("--service-time-ms MIN-MAX needs MIN <= MAX");
        assertThatThrownBy(() -> EmulatorOptions.parse("--bogus")).hasMessageContaining("Unknown option '--bogus'");
        assertThatThrownBy(() -> EmulatorOptions.parse("--seed-file", "/nope.json")).hasMessageContaining("no such file");
    }

    @Test
    void identityOptionsRegisterAppsAndAutoApproval() {
        EmulatorOptions options = EmulatorOptions.parse("--client", "app-1:s3cret:with:colons", "--public-client",
                "cli-app", "--auto-approve", "ann@contoso.com", "--token-lifetime", "600");
        GraphEmulator emulator = options.builder.build();
        assertThat(emulator.identity()).isSameAs(options.identity);
        assertThat(token(emulator, "app-1", "s3cret:with:colons").status()).isEqualTo(200);
        assertThat(token(emulator, "app-1", "wrong").status()).isEqualTo(401);
        assertThat(token(emulator, "unregistered", "s3cret:with:colons").status()).isEqualTo(400);
        assertThatThrownBy(() -> EmulatorOptions.parse("--client", "no-secret")).hasMessageContaining(
                "--client needs CLIENT_ID:SECRET");
        assertThatThrownBy(() -> EmulatorOptions.parse("--token-lifetime", "0")).hasMessageContaining(
                "--token-lifetime");
        assertThat(bytes.size()).isZero();
    }

    private static io.github.outlookcontacts.emulator.http.ApiResponse token(GraphEmulator emulator, String id,
            String secret) {
        String form = "grant_type=client_credentials&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_id="
                + id + "&client_secret=" + java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return emulator.identity().handler().handle(new io.github.outlookcontacts.emulator.http.ApiRequest("POST",
                "/contoso.com/oauth2/v2.0/token", null, java.util.Map.of(), form.getBytes(StandardCharsets.UTF_8),
                null));
    }

    @Test
    void startsSeededWithFaultsAndPrintsWhereItIs() throws Exception {
        GraphEmulator emulator = EmulatorMain.start(new String[] {"--port", "0", "--https-port", "0", "--seed", "12",
            "--fault-rate", "1", "--faults", "503", "--retry-after", "0", "--max-concurrency", "2",
            "--enforce-retry-after", "--expire-delta-every", "3"}, out);
        try {
            String printed = bytes.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains(emulator.baseUrl(), emulator.authorityHost(), "curl");
            assertThat(emulator.store().contactCount(Principal.DEFAULT_USER,
                    emulator.store().defaultFolderId(Principal.DEFAULT_USER))).isEqualTo(5);
            assertThat(emulator.store().folderIdByPath(Principal.DEFAULT_USER, "Work")).isNotNull();
            assertThat(emulator.throttling().settings().maxConcurrency()).isEqualTo(2);
            assertThat(emulator.throttling().isEnforcingRetryAfter()).isTrue();

            var response = new WireClient().get(emulator.baseUrl() + "/me/contacts");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).contains("0");
            assertThat(emulator.faults().injected(FaultKind.SERVICE_UNAVAILABLE)).isEqualTo(1);
        } finally {
            emulator.close();
        }
    }

    @Test
    void strictModePrintsHowToGetAToken() {
        GraphEmulator emulator = EmulatorMain.start(new String[] {"--port", "0", "--strict-auth"}, out);
        try {
            assertThat(emulator.isStrictAuth()).isTrue();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Auth mode      : strict",
                    "grant_type=client_credentials", "http://127.0.0.1:" + emulator.port() + "/emulator/oauth2/v2.0/token");
        } finally {
            emulator.close();
        }
    }

    @Test
    void aPortInUseIsOneLineAndANonZeroExit() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmulatorMain.start(new String[] {"--port", String.valueOf(port)}, out))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(":" + port)
                    .hasMessageContaining("already in use").hasMessageContaining("--port");

            // The jar's main: exit status 1 and one line on stderr, no stack trace, no hanging listener thread.
            Process process = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), EmulatorMain.class.getName(), "--port",
                    String.valueOf(port)).start();
            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("exited").isTrue();
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(stderr).contains("already in use").doesNotContain("\n").doesNotContain("\tat ");
        }
    }

    @Test
    void aSeedFileThatIsNotJsonIsABadOption(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("seed.json"), "{\"mailboxes\": [");
        assertThatThrownBy(() -> EmulatorMain.start(new String[] {"--port", "0", "--seed-file", file.toString()}, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seed file " + file + " is not valid JSON at line 1, column 16: Unexpected end-of-input:"
                        + " expected close marker for Array");
    }

    @Test
    void seedNGeneratesExactlyNContacts() {
        for (int n : new int[] {0, 1, 2, 5, 11, 50}) {
            GraphEmulator emulator = EmulatorOptions.parse("--port", "0", "--seed", String.valueOf(n)).builder.build();
            var store = emulator.store();
            int total = 0;
            for (String path : new String[] {"", "Work", "Family"}) {
                String folder = store.folderIdByPath(Principal.DEFAULT_USER, path);
                total += folder == null ? 0 : store.contactCount(Principal.DEFAULT_USER, folder);
            }
            assertThat(total).as("--seed " + n).isEqualTo(n);
        }
    }
}
