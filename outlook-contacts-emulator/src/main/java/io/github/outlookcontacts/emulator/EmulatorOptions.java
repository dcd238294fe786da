package io.github.outlookcontacts.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.identity.IdentityService;
import io.github.outlookcontacts.emulator.store.StoreOptions;

/** The command-line options of {@link EmulatorMain}, parsed into a {@link GraphEmulator.Builder}. */
final class EmulatorOptions {

    static final String USAGE = """
            Usage: java -jar outlook-contacts-emulator-all.jar [options]
              A local Microsoft Graph v1.0 contacts server on 127.0.0.1.

              --port N               HTTP port (default 8080; 0 = any free port)
              --https-port N         also listen on HTTPS with a generated certificate (0 = any free port)
              --seed N               N generated contacts in the default mailbox (me@emulator.local),
                                     spread over the default folder and the folders Work and Family
              --seed-file F          load mailboxes, folders and contacts from a JSON seed file
                                     (format and example: docs/emulator.md, "Seed files")
              --strict-auth          accept only tokens issued by the emulator's token endpoint
              --client ID:SECRET     register a confidential app (repeatable); once any app is registered,
                                     only registered apps get tokens (default: any client id and secret)
              --public-client ID     register an app allowed to use the device-code flow (repeatable)
              --auto-approve UPN     approve every device-code sign-in at once as this user
              --token-lifetime S     lifetime of issued access tokens in seconds (default 3599)
              --fault-rate R         fail this share (0..1) of Graph requests with a random fault
              --faults LIST          faults to pick from, comma-separated: %s
                                     (default 429,500,502,503,504)
              --retry-after S        Retry-After seconds of injected 429/503 (default 1)
              --latency-ms N|MIN-MAX delay every Graph HTTP request (a $batch envelope once, not per
                                     sub-request): the network's share of a round trip
              --service-time-ms N|MIN-MAX
                                     time Outlook takes per request to a mailbox (each $batch sub-request),
                                     spent inside the per-mailbox concurrency limit
              --expire-delta-every K expire all delta tokens on every K-th request using one (it gets 410)
              --max-concurrency N    requests in flight per app and mailbox (default 4)
              --budget N             requests per app and mailbox per 10 minutes (default 10000)
              --enforce-retry-after  429 again (restarting the wait) for requests sent to a mailbox before
                                     the Retry-After of its last 429/503 has elapsed
              --delta-page-size N    default delta page size (default 10; clients may ask up to 200)
              --help                 print this help
            """.formatted(String.join(",", tokens()));

    boolean help;
    int port = 8080;
    final GraphEmulator.Builder builder = GraphEmulator.builder();
    final IdentityService identity = new IdentityService();

    private EmulatorOptions() {
        builder.identity(identity);
    }

    /** Parses {@code args}; a bad option is an {@link IllegalArgumentException} naming it and its allowed values. */
    static EmulatorOptions parse(String... args) {
        EmulatorOptions options = new EmulatorOptions();
        StoreOptions.Builder store = StoreOptions.defaults().toBuilder();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> options.help = true;
                case "--strict-auth" -> options.builder.strictAuth(true);
                case "--client" -> {
                    String client = value(args, ++i, arg);
                    int colon = client.indexOf(':');
                    if (colon < 1 || colon == client.length() - 1) {
                        throw new IllegalArgumentException("--client needs CLIENT_ID:SECRET, was " + client);
                    }
                    options.identity.registerClient(client.substring(0, colon), client.substring(colon + 1));
                }
                case "--public-client" -> options.identity.registerPublicClient(value(args, ++i, arg));
                case "--auto-approve" -> options.identity.autoApproveDeviceCodes(value(args, ++i, arg));
                case "--token-lifetime" -> options.identity.setTokenLifetime(Duration.ofSeconds(
                        intValue(arg, value(args, ++i, arg), 1, 86_400)));
                case "--port" -> options.port = intValue(arg, value(args, ++i, arg), 0, 65535);
                case "--https-port" -> options.builder.httpsPort(intValue(arg, value(args, ++i, arg), 0, 65535));
                case "--seed" -> seed(options.builder, intValue(arg, value(args, ++i, arg), 0, 10_000_000));
                case "--seed-file" -> options.builder.seedFile(existingFile(arg, value(args, ++i, arg)));
                case "--fault-rate" -> {
                    double rate = doubleValue(arg, value(args, ++i, arg));
                    options.builder.faults(f -> f.rate(rate));
                }
                case "--faults" -> {
                    List<FaultKind> kinds = new ArrayList<>();
                    for (String token : value(args, ++i, arg).split(",")) {
                        kinds.add(FaultKind.parse(token));
                    }
                    options.builder.faults(f -> f.errors(kinds));
                }
                case "--retry-after" -> {
                    int seconds = intValue(arg, value(args, ++i, arg), 0, 3600);
                    options.builder.faults(f -> f.retryAfterSeconds(seconds));
                }
                case "--latency-ms" -> {
                    long[] range = range(arg, value(args, ++i, arg));
                    options.builder.faults(f -> f.latency(Duration.ofMillis(range[0]), Duration.ofMillis(range[1])));
                }
                case "--service-time-ms" -> {
                    long[] range = range(arg, value(args, ++i, arg));
                    options.builder.faults(f -> f.serviceTime(Duration.ofMillis(range[0]),
                            Duration.ofMillis(range[1])));
                }
                case "--expire-delta-every" -> {
                    int k = intValue(arg, value(args, ++i, arg), 1, 1_000_000);
                    options.builder.faults(f -> f.expireDeltaTokensEvery(k));
                }
                case "--enforce-retry-after" -> options.builder.enforceRetryAfter(true);
                case "--max-concurrency" -> options.builder.maxConcurrency(
                        intValue(arg, value(args, ++i, arg), 1, 10_000));
                case "--budget" -> options.builder.requestBudget(
                        intValue(arg, value(args, ++i, arg), 1, Integer.MAX_VALUE), Duration.ofMinutes(10));
                case "--delta-page-size" -> store.defaultDeltaPageSize(intValue(arg, value(args, ++i, arg), 1, 200));
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'; see --help");
            }
        }
        options.builder.port(options.port).storeOptions(store.build());
        return options;
    }

    private static void seed(GraphEmulator.Builder builder, int count) {
        int work = count / 3;
        int family = count / 4;
        builder.seedContacts(Principal.DEFAULT_USER, "", count - work - family)
                .seedContacts(Principal.DEFAULT_USER, "Work", work)
                .seedContacts(Principal.DEFAULT_USER, "Family", family);
    }

    /** {@code N} or {@code MIN-MAX} milliseconds, each 0 to 600000. */
    private static long[] range(String option, String value) {
        String[] parts = value.split("-", 2);
        long min = intValue(option, parts[0], 0, 600_000);
        long max = parts.length == 2 ? intValue(option, parts[1], 0, 600_000) : min;
        if (max < min) {
            throw new IllegalArgumentException(option + " MIN-MAX needs MIN <= MAX, was " + value);
        }
        return new long[] { min, max };
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException("Option " + option + " needs a value; see --help");
        }
        return args[index];
    }

    private static int intValue(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + option + " must be a whole number from " + min + " to "
                    + max + ", was '" + value + "'");
        }
    }

    private static double doubleValue(String option, String value) {
        try {
            double d = Double.parseDouble(value.trim());
            if (d < 0 || d > 1 || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + option + " must be a number from 0 to 1, was '" + value
                    + "'");
        }
    }

    private static Path existingFile(String option, String value) {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("Option " + option + ": no such file '" + value + "'");
        }
        return path;
    }

    private static List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        for (FaultKind kind : FaultKind.values()) {
            tokens.add(kind.token());
        }
        return tokens;
    }
}
