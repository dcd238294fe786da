package io.github.outlookcontacts.emulator.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.ApiResponse;

/**
 * Benchmark (not a test): requests per second through the whole server pipeline (JDK server, bridge, bearer check,
 * throttle, fault filter) with {@code java.net.http} clients on the same machine. Args: mode {@code tiny} (a handler
 * answering {@code {"value":[]}}) or {@code graph} (GET /me/contacts?$top=10 on 1,000 seeded contacts), client
 * threads (default 4), seconds (default 10). Each client thread has its own mailbox, so the Outlook concurrency limit
 * never trips.
 */
public final class ServerThroughput {

    private ServerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "tiny";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        GraphEmulator.Builder builder = GraphEmulator.builder().requestBudget(Integer.MAX_VALUE,
                java.time.Duration.ofMinutes(10));
        if (mode.equals("tiny")) {
            builder.graphApi(r -> ApiResponse.json(200, "{\"value\":[]}"));
        } else {
            for (int t = 0; t < threads; t++) {
                builder.seedContacts("user" + t + "@emulator.local", "", 1000);
            }
        }
        try (GraphEmulator emulator = builder.build().start()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            run(emulator, client, threads, 3, null); // warm-up
            LongAdder done = new LongAdder();
            long start = System.nanoTime();
            run(emulator, client, threads, seconds, done);
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("mode=%s threads=%d cores=%d: %,d requests in %.1f s = %,.0f requests/s%n", mode,
                    threads, Runtime.getRuntime().availableProcessors(), done.sum(), elapsed, done.sum() / elapsed);
        }
    }

    private static void run(GraphEmulator emulator, HttpClient client, int threads, int seconds, LongAdder done)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String user = "user" + t + "@emulator.local";
            HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/users/" + user
                    + "/contacts?$top=10")).header("Authorization", "Bearer bench").GET().build();
            Thread worker = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("status " + response.statusCode());
                        }
                        if (done != null) {
                            done.increment();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
    }
}
