package io.github.outlookcontacts.emulator.junit;

import java.security.KeyStore;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.faults.FaultPlan;
import io.github.outlookcontacts.emulator.identity.IdentityService;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.throttle.Throttling;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a {@link GraphEmulator} once per test class and resets its faults and throttle/identity counters before each
 * test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static GraphEmulatorExtension EMULATOR = GraphEmulatorExtension.builder().seedContacts("me@emulator.local", "", 5).build();
 * }</pre>
 */
public final class GraphEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final GraphEmulator emulator;

    private GraphEmulatorExtension(GraphEmulator emulator) {
        this.emulator = emulator;
    }

    /** A builder taking every {@link GraphEmulator.Builder} option through {@link Builder#configure}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator.resetFaultsAndCounters();
    }

    public GraphEmulator emulator() {
        return emulator;
    }

    public String baseUrl() {
        return emulator.baseUrl();
    }

    public String httpsBaseUrl() {
        return emulator.httpsBaseUrl();
    }

    public String authorityHost() {
        return emulator.authorityHost();
    }

    public ContactStore store() {
        return emulator.store();
    }

    public FaultPlan faults() {
        return emulator.faults();
    }

    public Throttling throttling() {
        return emulator.throttling();
    }

    public SSLContext sslContext() {
        return emulator.sslContext();
    }

    public KeyStore trustStore() {
        return emulator.trustStore();
    }

    public int port() {
        return emulator.port();
    }

    /** The identity platform (null when the builder was given another identity handler). */
    public IdentityService identity() {
        return emulator.identity();
    }

    /** Builds the extension; the emulator starts in {@code beforeAll}. */
    public static final class Builder {
        private final GraphEmulator.Builder emulator = GraphEmulator.builder();

        private Builder() {
        }

        /** Applies any {@link GraphEmulator.Builder} option, e.g. {@code configure(b -> b.maxConcurrency(2))}. */
        public Builder configure(Consumer<GraphEmulator.Builder> options) {
            options.accept(emulator);
            return this;
        }

        /** Also listen on HTTPS with a generated certificate. */
        public Builder https(boolean https) {
            emulator.https(https);
            return this;
        }

        /** Accept only tokens issued by the emulator's identity endpoint. */
        public Builder strictAuth(boolean strict) {
            emulator.strictAuth(strict);
            return this;
        }

        /** Creates generated contacts for {@code user} in {@code folderPath} before start. */
        public Builder seedContacts(String user, String folderPath, int count) {
            emulator.seedContacts(user, folderPath, count);
            return this;
        }

        /** Build-time faults, restored before each test. */
        public Builder faults(Consumer<FaultPlan> setup) {
            emulator.faults(setup);
            return this;
        }

        public GraphEmulatorExtension build() {
            return new GraphEmulatorExtension(emulator.build());
        }
    }
}
