package io.github.outlookcontacts.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Scenario 7: the time from a change at the emulator to its exchange, with push ({@code notificationUrl}, the poll
 * timer at 60 s as the fallback) beside pure polling given the same number of Graph requests. Changes come in bursts
 * (creates, and updates of contacts from earlier bursts) at random gaps; a change has arrived when the route saw
 * that version of the contact or a later one. A third row drops 30 % of the notifications at the emulator.
 */
final class PushScenario {

    static final String NAME = "push";
    private static final String PATH = "/outlook/notifications";

    private PushScenario() {
    }

    static void run(int changes, int burst, long meanGapMs, Figures figures) throws Exception {
        Run push;
        try (EmulatorHost emulator = EmulatorHost.open()) {
            push = measure(emulator, changes, burst, meanGapMs, true, 60_000);
        }
        figures.add(NAME, "push, delay=60000", push.values());
        long pollDelay = Math.max(1, push.wallMs / Math.max(1, push.requests));
        try (EmulatorHost emulator = EmulatorHost.open()) {
            figures.add(NAME, "polling, delay=" + pollDelay, measure(emulator, changes, burst, meanGapMs, false,
                    pollDelay).values());
        }
        try (EmulatorHost emulator = EmulatorHost.open()) {
            emulator.emulator().subscriptions().faults().dropRate(0.3);
            figures.add(NAME, "push, 30% dropped", measure(emulator, changes, burst, meanGapMs, true, 60_000)
                    .values());
        }
        figures.setting("push changes", changes);
        figures.setting("push burst", burst);
        figures.setting("push mean gap ms", meanGapMs);
    }

    private record Run(long[] latenciesMs, long missing, long duplicates, long requests, long wallMs) {
        Map<String, Object> values() {
            long[] sorted = latenciesMs.clone();
            Arrays.sort(sorted);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("changes", (long) sorted.length + missing);
            values.put("p50 ms", percentile(sorted, 50));
            values.put("p90 ms", percentile(sorted, 90));
            values.put("p99 ms", percentile(sorted, 99));
            values.put("max ms", sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
            values.put("missing", missing);
            values.put("redelivered", duplicates);
            values.put("requests", requests);
            return values;
        }
    }

    private static Run measure(EmulatorHost emulator, int changes, int burst, long meanGapMs, boolean push,
                               long delay) throws Exception {
        ContactStore store = emulator.store();
        store.mailbox(EmulatorHost.USER);
        String folder = store.ensureFolderPath(EmulatorHost.USER, "Push");
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        Map<String, Integer> copies = new ConcurrentHashMap<>();
        int port = freePort();
        CamelContext camel = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        camel.addService(new VertxPlatformHttpServer(server));
        String uri = "outlook-contacts:sync?folder=" + folder + "&baseUrl=" + emulator.baseUrl()
                     + "&accessToken=bench&initialDelay=0&delay=" + delay
                     + (push ? "&notificationUrl=http://127.0.0.1:" + port + PATH : "");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(NAME).process((Exchange exchange) -> {
                    long now = System.nanoTime();
                    String key = exchange.getIn().getHeader(OutlookContactsConstants.CONTACT_ID, String.class) + "/"
                                 + exchange.getIn().getHeader(OutlookContactsConstants.CHANGE_KEY, String.class);
                    arrivals.putIfAbsent(key, now);
                    copies.merge(key, 1, Integer::sum);
                });
            }
        });
        camel.start();
        try {
            Thread.sleep(500); // the first (empty) round and the subscription
            long requestsBefore = emulator.requests();
            Map<String, Long> made = new LinkedHashMap<>();
            List<String> older = new ArrayList<>();
            List<String> thisBurst = new ArrayList<>();
            Random random = new Random(20261201L);
            long start = System.nanoTime();
            int done = 0;
            while (done < changes) {
                for (int i = 0; i < burst && done < changes; i++, done++) {
                    long t0 = System.nanoTime();
                    ContactEntry entry = !older.isEmpty() && random.nextInt(10) < 3
                            ? store.updateContact(EmulatorHost.USER, older.remove(random.nextInt(older.size())),
                                    "{\"jobTitle\":\"Changed " + done + "\"}")
                            : store.createContact(EmulatorHost.USER, folder, "{\"givenName\":\"Push" + done
                                                                             + "\",\"surname\":\"Bench\"}");
                    made.put(entry.id() + "/" + entry.changeKey(), t0);
                    thisBurst.add(entry.id());
                }
                older.addAll(thisBurst);
                thisBurst.clear();
                Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * meanGapMs));
            }
            long deadline = System.nanoTime() + Math.max(delay, 5_000) * 2_000_000L;
            while (latencies(made, arrivals).length < made.size() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            long requests = emulator.requests() - requestsBefore;
            long[] latencies = latencies(made, arrivals);
            long duplicates = made.keySet().stream().mapToLong(k -> Math.max(0, copies.getOrDefault(k, 0) - 1)).sum();
            return new Run(latencies, made.size() - latencies.length, duplicates, requests, wallMs);
        } finally {
            camel.close();
        }
    }

    /**
     * For each change, the time until the route saw that version of the contact or a later one (delta reports only
     * a contact's latest state, so a change followed by another before the next round arrives as the later one).
     */
    private static long[] latencies(Map<String, Long> made, Map<String, Long> arrivals) {
        Map<String, List<String>> versions = new LinkedHashMap<>();
        made.keySet().forEach(k -> versions.computeIfAbsent(k.substring(0, k.indexOf('/')), id -> new ArrayList<>())
                .add(k));
        List<Long> out = new ArrayList<>();
        for (List<String> keys : versions.values()) {
            for (int i = 0; i < keys.size(); i++) {
                long first = Long.MAX_VALUE;
                for (String later : keys.subList(i, keys.size())) {
                    first = Math.min(first, arrivals.getOrDefault(later, Long.MAX_VALUE));
                }
                if (first != Long.MAX_VALUE) {
                    out.add((first - made.get(keys.get(i))) / 1_000_000);
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
