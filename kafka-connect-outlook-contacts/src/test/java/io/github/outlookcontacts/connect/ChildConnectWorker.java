package io.github.outlookcontacts.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.connect.cli.ConnectDistributed;

/**
 * A Connect worker in its own JVM ({@code ConnectDistributed} with a worker properties file), joined to the test's
 * cluster, so that a test can kill it the way a machine dies: SIGKILL, no graceful stop, no last offset flush. Its
 * log goes to {@code target/connect-child-workers/<name>.log}, not to the test's output.
 */
final class ChildConnectWorker implements AutoCloseable {

    private static final Path DIR = Path.of("target", "connect-child-workers");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ChildConnectWorker(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the worker with {@code workerProps} (the cluster's: bootstrap servers, group, internal topics). */
    static ChildConnectWorker start(String name, Map<String, String> workerProps) {
        try {
            Files.createDirectories(DIR);
            int port = freeLoopbackPort();
            Properties props = new Properties();
            props.putAll(workerProps);
            props.put("listeners", "http://127.0.0.1:" + port);
            Path config = DIR.resolve(name + ".properties");
            try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                props.store(out, "Connect worker " + name + " of the test cluster");
            }
            Path log = DIR.resolve(name + ".log");
            // Surefire runs tests from a manifest-only jar; it hands the real class path over in this property.
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            // A short-lived worker on a busy machine: small heap, serial GC, no C2 compilation to wait for.
            Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-cp", classPath, ConnectDistributed.class.getName(), config.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ChildConnectWorker worker = new ChildConnectWorker(name, port, process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return worker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Connect worker " + name, e);
        }
    }

    /** Waits until the worker reports itself healthy: started and a member of the cluster's group. */
    ChildConnectWorker awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("Connect worker " + name + " exited with " + process.exitValue() + "; see "
                                         + log.toAbsolutePath());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // the REST server is not up yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Connect worker " + name + " not healthy within " + timeout + "; see "
                                         + log.toAbsolutePath());
            }
            Thread.sleep(200);
        }
    }

    /** Whether Connect's worker id ({@code host:port} of its REST listener) is this worker's. */
    boolean is(String workerId) {
        return workerId != null && workerId.endsWith(":" + port);
    }

    /** SIGKILL, as a crashed machine: the worker neither stops its tasks nor flushes their offsets. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
