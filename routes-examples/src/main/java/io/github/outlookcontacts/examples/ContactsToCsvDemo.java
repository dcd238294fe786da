package io.github.outlookcontacts.examples;

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
    private final AtomicInteger synced = new AtomicInteger();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private volatile long lastIdlePoll;

    ContactsToCsvDemo(DemoTarget target, DemoOptions options) {
        this.target = target;
        this.options = options;
        this.csv = new CsvMirror(options.csv());
    }

    public static void main(String[] args) throws Exception {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args, System.getenv());
            if (options.help()) {
                System.out.println(DemoOptions.USAGE);
                return;
            }
            options.realTenant();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try (DemoTarget target = options.realTenant() ? new RealTenant(options) : EmbeddedEmulator.start(options)) {
            new ContactsToCsvDemo(target, options).run();
        }
    }

    void run() throws Exception {
        System.out.println("Source: " + target.describe());
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(route());
            camel.start();
            long start = System.nanoTime();
            awaitCaughtUp(start, target.expectedContacts());
            csv.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%nInitial round: %d contacts in %s in %.1f s (%.0f contacts/s)%n", synced.get(),
                    options.csv(), seconds, synced.get() / seconds);
            if (target.canMakeChanges()) {
                incrementalRound();
            }
            camel.stop();
        }
    }

    private RouteBuilder route() {
        String uri = "outlook-contacts:sync?includeSubfolders=true&pageSize=100&delay=300"
                     + "&sendEmptyMessageWhenIdle=true&" + target.endpointOptions();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("contacts-to-csv").process(ContactsToCsvDemo.this::onChange);
            }
        };
    }

    private void onChange(Exchange exchange) {
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
        System.out.println("Changed on the server: " + expected);
        long start = System.nanoTime();
        awaitCaughtUp(start, expected.values().stream().mapToInt(Integer::intValue).sum());
        csv.flush();
        Map<String, Integer> got = new TreeMap<>();
        seen.forEach((k, v) -> got.put(k, v.get()));
        System.out.printf("%nIncremental round picked up: %s in %.1f s%n", got, (System.nanoTime() - start) / 1e9);
        System.out.println(got.equals(expected) ? "Exactly the changes made on the server. " + options.csv()
                                                  + " holds " + csv.size() + " contacts."
                : "MISMATCH: expected " + expected + " but the consumer reported " + got);
        if (!got.equals(expected)) {
            throw new IllegalStateException("the incremental round did not match the changes made");
        }
    }

    /** Waits for an idle poll after {@code expected} changes (or any, when unknown), printing progress. */
    private void awaitCaughtUp(long since, int expected) throws Exception {
        long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
        while (!(lastIdlePoll > since && (expected < 0 || synced.get() >= expected))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no idle poll within " + ROUND_TIMEOUT + "; synced " + synced.get());
            }
            double seconds = Math.max(0.001, (System.nanoTime() - since) / 1e9);
            System.out.printf("\rsynced %d / %s  (%.0f contacts/s)   ", synced.get(),
                    expected < 0 ? "?" : String.valueOf(expected), synced.get() / seconds);
            System.out.flush();
            csv.flush();
            Thread.sleep(200);
        }
        System.out.printf("\rsynced %d / %s%n", synced.get(), expected < 0 ? synced.get() : expected);
    }
}
