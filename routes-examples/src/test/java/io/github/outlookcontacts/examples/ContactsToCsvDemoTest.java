package io.github.outlookcontacts.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's main job end to end (small seeds): the CSV must mirror the emulator after both rounds, and the
 * incremental round must report exactly the changes made (the demo itself fails otherwise).
 */
class ContactsToCsvDemoTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int demo(String... args) {
        return ContactsToCsvDemo.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void mirrorsTheMailboxIntoCsvAndPicksUpExactlyTheChanges() throws Exception {
        Path csv = dir.resolve("contacts.csv");
        assertThat(demo("--csv", csv.toString(), "--seed", "300")).as(err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("id,folderId,displayName");
        assertThat(lines).hasSize(1 + 300 + 3 - 1); // header, seeded, created, deleted
        assertThat(String.join("\n", lines)).contains("Łukasiewicz", "王小明", "Head of Partnerships");
        assertThat(out()).contains("Initial round: 300 contacts in " + csv,
                "Changed on the server: {created=3, deleted=1, updated=3}",
                "Incremental round picked up: {created=3, deleted=1, updated=3}",
                "Exactly the changes made on the server. " + csv + " holds 302 contacts.");
    }

    /** Seeds of 10 or less used to crash in the change step (too few contacts in the folders it picked from). */
    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 3, 10 })
    void smallSeedsRunBothRounds(int seed) throws Exception {
        Path csv = dir.resolve("small.csv");
        assertThat(demo("--csv", csv.toString(), "--seed", String.valueOf(seed))).as(err()).isZero();
        int deleted = seed > 2 ? 1 : 0;
        assertThat(out()).contains("Initial round: " + seed + " contacts", "Exactly the changes made on the server.");
        assertThat(Files.readAllLines(csv)).hasSize(1 + seed + 3 - deleted);
    }

    /** Rounding each folder's share down seeded 0 of 1, 3 of 5 and 49 of 50. */
    @Test
    void theEmulatorIsSeededWithExactlyN() {
        for (int n = 0; n <= 500; n++) {
            int[] shares = EmbeddedEmulator.shares(n);
            assertThat(java.util.Arrays.stream(shares).sum()).as("seed " + n).isEqualTo(n);
            assertThat(java.util.Arrays.stream(shares).min().orElse(0)).as("seed " + n).isNotNegative();
        }
        assertThat(EmbeddedEmulator.shares(3000)).containsExactly(1200, 750, 300, 450, 300);
        for (int n : new int[] { 1, 5, 50 }) {
            try (EmbeddedEmulator emulator = EmbeddedEmulator.start(DemoOptions.parse(new String[] { "--seed",
                String.valueOf(n) }, Map.of()))) {
                assertThat(emulator.seededContactsOnServer()).as("seed " + n).isEqualTo(n);
            }
        }
    }

    @Test
    void badOptionsAreOneLineNamingTheOptionAndExitTwo() {
        String[][] cases = { { "--seed", "-5" }, { "--seed", "abc" }, { "--seed", "100001" }, { "--bogus" },
            { "--seed" }, { "--csv", dir.resolve("missing/contacts.csv").toString() }, { "--csv", dir.toString() },
            { "--tenant", "contoso" } };
        String[] named = { "--seed", "--seed", "--seed", "--bogus", "--seed", "--csv", "--csv", "--client-secret" };
        for (int i = 0; i < cases.length; i++) {
            out.reset();
            err.reset();
            assertThat(demo(cases[i])).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(err().strip()).as(String.join(" ", cases[i])).contains(named[i]).doesNotContain("\n")
                    .doesNotContain("Exception");
            assertThat(out()).as("nothing started").isEmpty();
        }
        assertThat(err()).isNotEmpty();
        demo("--seed", "-5");
        assertThat(err()).contains("--seed must be a whole number from 0 to 100000, was '-5'");
        err.reset();
        demo("--csv", dir.resolve("missing/contacts.csv").toString());
        assertThat(err()).contains("does not exist");
    }

    /**
     * Wrong credentials or no network used to print a stack trace per poll for ten minutes: now the demo stops after
     * a few failed polls with the cause. Here Graph is a closed port on loopback.
     */
    @Test
    void aSyncThatKeepsFailingStopsWithTheCause() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String baseUrl = "http://127.0.0.1:" + port + "/v1.0";
        DemoTarget unreachable = new ReadOnlyTarget() {
            @Override
            public String endpointOptions() {
                return "baseUrl=RAW(" + baseUrl + ")&accessToken=RAW(token)&maxRetries=0";
            }

            @Override
            public String describe() {
                return "nothing listening at " + baseUrl;
            }
        };
        DemoOptions options = DemoOptions.parse(new String[] { "--csv", dir.resolve("x.csv").toString() }, Map.of());
        long start = System.nanoTime();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> new ContactsToCsvDemo(unreachable,
                options, new PrintStream(out, true, StandardCharsets.UTF_8), false).run());
        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the sync failed " + PollFailures.LIMIT + " times in a row: ");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds to give up").isLessThan(60);
        assertThat(out()).doesNotContain("\tat ");
    }

    @Test
    void helpListsEveryOption() {
        assertThat(demo("--help")).isZero();
        assertThat(out()).contains("--csv", "--seed", "--tenant", "--client-id", "--client-secret", "--user",
                "OUTLOOK_TENANT_ID", "OUTLOOK_CLIENT_ID", "OUTLOOK_CLIENT_SECRET", "OUTLOOK_USER", "--help");
        assertThat(err()).isEmpty();
    }

    @Test
    void credentialsComeFromOptionsOrTheEnvironment() {
        DemoOptions fromEnv = DemoOptions.parse(new String[0], Map.of("OUTLOOK_TENANT_ID", "contoso",
                "OUTLOOK_CLIENT_ID", "app", "OUTLOOK_CLIENT_SECRET", "s3cret", "OUTLOOK_USER", "ann@contoso.com"));
        assertThat(fromEnv.realTenant()).isTrue();
        assertThat(fromEnv.user()).isEqualTo("ann@contoso.com");
        assertThat(fromEnv.clientSecret()).isEqualTo("s3cret");
        DemoOptions overridden = DemoOptions.parse(new String[] { "--user", "bob@contoso.com" },
                Map.of("OUTLOOK_USER", "ann@contoso.com"));
        assertThat(overridden.user()).isEqualTo("bob@contoso.com");
        assertThat(DemoOptions.parse(new String[0], Map.of()).realTenant()).isFalse();
        assertThat(DemoOptions.parse(new String[0], Map.of()).seed()).isEqualTo(3000);
        assertThat(DemoOptions.parse(new String[0], Map.of()).csv()).isEqualTo(Path.of("contacts.csv"));
    }

    /**
     * The jar's main as a new user runs it with the output piped to a file: plain progress lines (no carriage
     * returns), the README's summary, exit 0; and a bad option exits at once (it used to leave the emulator's
     * listener thread running, so the JVM never exited).
     */
    @Test
    void theMainExitsAndPrintsPlainLinesWhenPiped() throws Exception {
        Path log = dir.resolve("demo.log");
        Process ok = child(log, "--seed", "5", "--csv", dir.resolve("piped.csv").toString());
        assertThat(ok.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("exited").isTrue();
        String printed = Files.readString(log);
        assertThat(ok.exitValue()).as(printed).isZero();
        assertThat(printed).doesNotContain("\r").contains("Initial round: 5 contacts",
                "Exactly the changes made on the server.");

        Process bad = child(log, "--seed", "-5");
        assertThat(bad.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log).strip()).startsWith("--seed must be a whole number").doesNotContain("\n");
    }

    private static Process child(Path log, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", System.getProperty("java.class.path"),
                ContactsToCsvDemo.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }
}
