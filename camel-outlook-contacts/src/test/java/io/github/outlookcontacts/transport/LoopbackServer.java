package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 for transport tests: each accepted request is answered by a script that can
 * send any bytes, including malformed or truncated responses, stall, or drop the connection. One request per
 * connection ({@code Connection: close}) keeps the fault shapes exact.
 */
public final class LoopbackServer implements AutoCloseable {

    /** What the server received. */
    public record Received(String method, String target, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    /** Answers one request; {@code index} counts requests from 0. */
    @FunctionalInterface
    public interface Script {
        void answer(int index, Received request, OutputStream out) throws Exception;
    }

    private final ServerSocket socket;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Script script;

    public LoopbackServer(Script script) throws IOException {
        this.script = script;
        this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        workers.submit(this::acceptLoop);
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v1.0");
    }

    public URI url(String pathAndQuery) {
        return URI.create(baseUrl() + pathAndQuery);
    }

    public List<Received> received() {
        return received;
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public void script(Script newScript) {
        this.script = newScript;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                workers.submit(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            Received request = read(connection.getInputStream());
            if (request == null) {
                return;
            }
            received.add(request);
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                OutputStream out = connection.getOutputStream();
                script.answer(counter.getAndIncrement(), request, out);
                out.flush();
            } finally {
                inFlight.decrementAndGet();
            }
        } catch (Exception ignored) {
            // the client went away; nothing to do
        }
    }

    private static Received read(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        if (head.isEmpty()) {
            return null;
        }
        String[] lines = head.toString().split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
            }
        }
        String length = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Length"))
                .map(Map.Entry::getValue).findFirst().orElse("0");
        byte[] body = in.readNBytes(Integer.parseInt(length));
        return new Received(requestLine[0], requestLine[1], headers, new String(body, StandardCharsets.UTF_8));
    }

    /** Writes a complete response with a JSON body and {@code Connection: close}. */
    public static void respond(OutputStream out, int status, String body, String... headerLines) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        for (String h : headerLines) {
            sb.append(h).append("\r\n");
        }
        sb.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length)
                .append("\r\nConnection: close\r\n\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        workers.shutdownNow();
    }
}
