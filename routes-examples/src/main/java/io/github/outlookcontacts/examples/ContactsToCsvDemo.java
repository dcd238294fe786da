package io.github.outlookcontacts.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The main job: sync every contact folder of a mailbox into contacts.csv with a live progress line, then (on the
 * emulator) change a few contacts and show the incremental round picking up exactly those.
 */
public final class ContactsToCsvDemo {

    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(10);

    private final DemoTarget target;
    private final DemoOptions options;
    private final CsvMirror csv;
    private final PrintStream out;
    private final boolean terminal;
    private final AtomicInteger synced = new AtomicInteger();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final PollFailures pollFailures = new PollFailures();
    private volatile long lastIdlePoll;

    ContactsToCsvDemo(DemoTarget target, DemoOptions options, PrintStream out, boolean terminal) {
        this.target = target;
        this.options = options;
        this.out = out;
        this.terminal = terminal;
        this.csv = new CsvMirror(options.csv());
    }

    public static void main(String[] args) {
        // Exit explicitly on every path: a library thread left behind must never keep the JVM alive.
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the demo and answers the exit status: 0 done, 2 a bad option (one line on {@code err}), 1 failed. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args, env);
            if (options.help()) {
                out.print(DemoOptions.usage());
                return 0;
            }
            options.realTenant();
            new CsvMirror(options.csv()).requireWritable("--csv");
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + " (--help lists the options)");
            return 2;
        }
        try (DemoTarget target = options.realTenant() ? new RealTenant(options) : EmbeddedEmulator.start(options)) {
            new ContactsToCsvDemo(target, options, out, ProgressReport.onTerminal()).run();
            return 0;
        } catch (Exception e) {
            err.println("The demo failed: " + describe(e));
            return 1;
        }
    }

    /** The exception and its causes on one line (the causes often say what actually went wrong). */
    private static String describe(Throwable e) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = e; t != null && line.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (line.indexOf(message) < 0) {
                line.append(line.length() == 0 ? "" : ": caused by ").append(message);
            }
        }
        return line.toString();
    }

    void run() throws Exception {
        out.println("Source: " + target.describe());
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind("pollFailures", pollFailures);
            camel.addRoutes(route());
            camel.start();
            long start = System.nanoTime();
            awaitCaughtUp("Initial round", start, target.expectedContacts());
            csv.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("Initial round: %d contacts in %s in %.1f s (%.0f contacts/s)%n", synced.get(),
                    options.csv(), seconds, synced.get() / seconds);
            if (target.canMakeChanges()) {
                incrementalRound();
            }
            camel.stop();
        }
    }

    private RouteBuilder route() {
        String uri = "outlook-contacts:sync?includeSubfolders=true&pageSize=100&delay=300"
                     + "&sendEmptyMessageWhenIdle=true&exceptionHandler=#pollFailures&" + target.endpointOptions();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("contacts-to-csv").process(ContactsToCsvDemo.this::onChange);
            }
        };
    }

    private void onChange(Exchange exchange) {
        pollFailures.pollSucceeded();
        String type = exchange.getIn().getHeader(OutlookContactsConstants.CHANGE_TYPE, String.class);
        if (type == null) {
            lastIdlePoll = System.nanoTime(); // an empty poll: the consumer has caught up
            return;
        }
        String folder = exchange.getIn().getHeader(OutlookContactsConstants.FOLDER_ID, String.class);
        if ("deleted".equals(type)) {
            csv.delete(exchange.getIn().getHeader(OutlookContactsConstants.CONTACT_ID, String.class));
        } else {
            csv.upsert(folder, exchange.getIn().getBody(Contact.class));
        }
        synced.incrementAndGet();
        seen.computeIfAbsent(type, t -> new AtomicInteger()).incrementAndGet();
    }

    private void incrementalRound() throws Exception {
        seen.clear();
        synced.set(0);
        Map<String, Integer> expected = new TreeMap<>(target.makeChanges());
        out.println("Changed on the server: " + expected);
        long start = System.nanoTime();
        awaitCaughtUp("Incremental round", start, expected.values().stream().mapToInt(Integer::intValue).sum());
        csv.flush();
        Map<String, Integer> got = new TreeMap<>();
        seen.forEach((k, v) -> got.put(k, v.get()));
        out.printf("Incremental round picked up: %s in %.1f s%n", got, (System.nanoTime() - start) / 1e9);
        out.println(got.equals(expected) ? "Exactly the changes made on the server. " + options.csv()
                                                  + " holds " + csv.size() + " contacts."
                : "MISMATCH: expected " + expected + " but the consumer reported " + got);
        if (!got.equals(expected)) {
            throw new IllegalStateException("the incremental round did not match the changes made");
        }
    }

    /** Waits for an idle poll after {@code expected} changes (or any, when unknown), reporting progress. */
    private void awaitCaughtUp(String round, long since, int expected) throws Exception {
        long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
        try (ProgressReport progress = ProgressReport.start(round, expected, terminal, out)) {
            while (!(lastIdlePoll > since && (expected < 0 || synced.get() >= expected))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no idle poll within " + ROUND_TIMEOUT + "; synced "
                                                    + synced.get());
                }
                pollFailures.requireWorking();
                progress.update(synced.get());
                csv.flush();
                Thread.sleep(100);
            }
            progress.update(synced.get());
        }
    }
}
