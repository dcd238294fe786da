package io.github.outlookcontacts.examples.crm;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny CRM REST service on loopback, for the examples: {@code PUT /contacts/{id}} stores a contact's JSON,
 * {@code DELETE /contacts/{id}} removes it. It can answer a share of the calls {@code 503 Service Unavailable} (seeded,
 * so runs repeat), and it keeps, per contact, the changes it accepted in the order it accepted them.
 */
public final class CrmServer implements AutoCloseable {

    /** A change the CRM accepted: {@code PUT} with the contact's changeKey, or {@code DELETE} (changeKey null). */
    public record Accepted(String method, String changeKey) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, JsonNode> contacts = new ConcurrentHashMap<>();
    private final Map<String, List<Accepted>> accepted = new ConcurrentHashMap<>();
    private final Random random;
    private final double failureRate;
    private final AtomicInteger failures = new AtomicInteger();

    private CrmServer(double failureRate, long seed) throws IOException {
        this.failureRate = failureRate;
        this.random = new Random(seed);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "crm-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/contacts/", this::handle);
    }

    /** Starts on a free loopback port; {@code failureRate} (0 to 1) of the calls get 503. */
    public static CrmServer start(double failureRate, long seed) throws IOException {
        if (failureRate < 0 || failureRate >= 1) {
            throw new IllegalArgumentException("failure rate must be at least 0 and below 1, not " + failureRate);
        }
        CrmServer crm = new CrmServer(failureRate, seed);
        crm.server.start();
        return crm;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The contacts the CRM holds now, by id. */
    public Map<String, JsonNode> contacts() {
        return new TreeMap<>(contacts);
    }

    /** Per contact, the changes accepted, in order. */
    public Map<String, List<Accepted>> accepted() {
        Map<String, List<Accepted>> copy = new TreeMap<>();
        accepted.forEach((id, list) -> {
            synchronized (list) {
                copy.put(id, List.copyOf(list));
            }
        });
        return copy;
    }

    /** How many calls were answered 503 on purpose. */
    public int failures() {
        return failures.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String id = exchange.getRequestURI().getPath().substring("/contacts/".length());
            String method = exchange.getRequestMethod();
            if (id.isEmpty() || id.contains("/") || !(method.equals("PUT") || method.equals("DELETE"))) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (fails()) {
                failures.incrementAndGet();
                byte[] answer = "{\"error\":\"try again\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(503, answer.length);
                exchange.getResponseBody().write(answer);
                return;
            }
            List<Accepted> log = accepted.computeIfAbsent(id, k -> new ArrayList<>());
            synchronized (log) {
                if (method.equals("PUT")) {
                    JsonNode contact = JSON.readTree(body);
                    contacts.put(id, contact);
                    log.add(new Accepted("PUT", contact.path("changeKey").asText(null)));
                } else {
                    contacts.remove(id);
                    log.add(new Accepted("DELETE", null));
                }
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private synchronized boolean fails() {
        return failureRate > 0 && random.nextDouble() < failureRate;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
