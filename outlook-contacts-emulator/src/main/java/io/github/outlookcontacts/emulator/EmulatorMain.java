package io.github.outlookcontacts.emulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;

/** Command-line entry point: starts the emulator with the given options and runs until Ctrl-C. */
public final class EmulatorMain {

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // The jar's own logging setup (level via -Demulator.log.level=DEBUG for a request log), unless one is given.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:outlook-contacts-emulator-log4j2.xml");
        }
        GraphEmulator emulator;
        try {
            emulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        if (emulator == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.stop();
            stopped.countDown();
        }, "graph-emulator-shutdown"));
        stopped.await();
    }

    /**
     * Parses the options and starts the emulator, printing where it is; null when only help was asked for. A bad option
     * is an {@link IllegalArgumentException}, a port that cannot be bound an {@link IllegalStateException}; both carry
     * a one-line message for the user.
     */
    static GraphEmulator start(String[] args, PrintStream out) {
        EmulatorOptions options = EmulatorOptions.parse(args);
        if (options.help) {
            out.print(EmulatorOptions.USAGE);
            return null;
        }
        GraphEmulator emulator = started(built(options.builder));
        boolean strict = emulator.isStrictAuth();
        out.println("Microsoft Graph contacts emulator running");
        out.println("  Graph base URL : " + emulator.baseUrl());
        boolean https = true;
        try {
            out.println("  HTTPS base URL : " + emulator.httpsBaseUrl());
            out.println("  Authority host : " + emulator.authorityHost() + "  (self-signed certificate for localhost)");
        } catch (IllegalStateException e) {
            https = false;
            out.println("  Authority host : (HTTPS off; add --https-port 0 for msal4j, which needs https)");
        }
        String tokenEndpoint = (https ? emulator.authorityHost() : "http://127.0.0.1:" + emulator.port())
                + "/emulator/oauth2/v2.0/token";
        out.println("  Token endpoint : " + tokenEndpoint + "  (any tenant in place of 'emulator')");
        out.println("  Auth mode      : " + (strict ? "strict (only tokens from the token endpoint)" : "lenient (any token)"));
        out.println("Try:");
        if (strict) {
            out.println("  curl -s" + (https ? "k" : "") + " -d 'grant_type=client_credentials&client_id=demo"
                    + "&client_secret=demo&scope=https://graph.microsoft.com/.default' '" + tokenEndpoint + "'");
            out.println("  curl -s -H 'Authorization: Bearer <access_token>' '" + emulator.baseUrl()
                    + "/users/me@emulator.local/contacts?$top=3'");
        } else {
            out.println("  curl -s -H 'Authorization: Bearer any-token' '" + emulator.baseUrl() + "/me/contacts?$top=3'");
        }
        out.println("Stop with Ctrl-C.");
        return emulator;
    }

    private static GraphEmulator built(GraphEmulator.Builder builder) {
        try {
            return builder.build();
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
    }

    private static GraphEmulator started(GraphEmulator emulator) {
        try {
            return emulator.start();
        } catch (UncheckedIOException e) {
            String reason = e.getCause() instanceof BindException ? "the port is already in use (choose another with"
                    + " --port N / --https-port N, or 0 for any free port)" : String.valueOf(e.getCause().getMessage());
            throw new IllegalStateException(e.getMessage() + ": " + reason, e);
        }
    }
}
