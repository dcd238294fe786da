package io.github.outlookcontacts.emulator.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.outlookcontacts.emulator.http.ApiHandler;

/**
 * The JDK HTTP server (and optionally an HTTPS one on a second port) bound to 127.0.0.1, running one request
 * pipeline on a bounded thread pool.
 */
public final class EmulatorServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus delayed ACKs add
        // ~40 ms to every keep-alive response. Read once by the JDK, so it must be set before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final ApiHandler pipeline;
    private final int requestedHttpPort;
    private final int requestedHttpsPort;
    private final int threads;
    private final OpenResponses open = new OpenResponses();
    private HttpServer http;
    private HttpsServer https;
    private SelfSignedTls tls;
    private ExecutorService executor;

    /**
     * @param httpsPort -1 for no HTTPS listener, 0 for any free port
     */
    public EmulatorServer(ApiHandler pipeline, int httpPort, int httpsPort, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.pipeline = pipeline;
        this.requestedHttpPort = httpPort;
        this.requestedHttpsPort = httpsPort;
        this.threads = threads;
    }

    public synchronized void start() {
        if (http != null) {
            return;
        }
        executor = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            InetAddress loopback = InetAddress.getByName(LOOPBACK);
            http = HttpServer.create(new InetSocketAddress(loopback, requestedHttpPort), 128);
            http.createContext("/", new ExchangeBridge(pipeline, "http", http.getAddress().getPort(), open));
            http.setExecutor(executor);
            if (requestedHttpsPort >= 0) {
                tls = SelfSignedTls.generate();
                https = HttpsServer.create(new InetSocketAddress(loopback, requestedHttpsPort), 128);
                https.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
                https.createContext("/", new ExchangeBridge(pipeline, "https", https.getAddress().getPort(), open));
                https.setExecutor(executor);
                https.start();
            }
            http.start();
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("Cannot start the emulator on " + LOOPBACK + ":" + requestedHttpPort
                    + (requestedHttpsPort >= 0 ? " / https " + requestedHttpsPort : ""), e);
        }
    }

    public synchronized void stop() {
        if (https != null) {
            https.stop(0);
            https = null;
        }
        if (http != null) {
            http.stop(0);
            http = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The responses being answered right now. */
    public OpenResponses openResponses() {
        return open;
    }

    public synchronized boolean isRunning() {
        return http != null;
    }

    public synchronized int httpPort() {
        requireRunning();
        return http.getAddress().getPort();
    }

    /** The HTTPS port; fails when HTTPS is off. */
    public synchronized int httpsPort() {
        requireTls();
        return https.getAddress().getPort();
    }

    public synchronized boolean httpsEnabled() {
        return https != null;
    }

    /** The generated certificate and TLS material; fails when HTTPS is off. */
    public synchronized SelfSignedTls tls() {
        requireTls();
        return tls;
    }

    private void requireRunning() {
        if (http == null) {
            throw new IllegalStateException("The emulator is not running: call start() first");
        }
    }

    private void requireTls() {
        requireRunning();
        if (https == null) {
            throw new IllegalStateException("HTTPS is off: enable it with builder().https(true)");
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "graph-emulator-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
