package io.github.outlookcontacts.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import io.github.outlookcontacts.emulator.api.GraphApi;
import io.github.outlookcontacts.emulator.faults.FaultFilter;
import io.github.outlookcontacts.emulator.faults.FaultPlan;
import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.identity.IdentityService;
import io.github.outlookcontacts.emulator.identity.TokenRegistry;
import io.github.outlookcontacts.emulator.server.BearerTokenFilter;
import io.github.outlookcontacts.emulator.server.EmulatorRouter;
import io.github.outlookcontacts.emulator.server.EmulatorServer;
import io.github.outlookcontacts.emulator.server.OpenResponses;
import io.github.outlookcontacts.emulator.server.SelfSignedTls;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.StoreOptions;
import io.github.outlookcontacts.emulator.subscriptions.Subscriptions;
import io.github.outlookcontacts.emulator.subscriptions.SubscriptionsHandler;
import io.github.outlookcontacts.emulator.throttle.ThrottleSettings;
import io.github.outlookcontacts.emulator.throttle.Throttling;

/**
 * A local Microsoft Graph v1.0 contacts server: identity endpoints, bearer-token check, Outlook-like throttling,
 * fault injection and the Graph API, on 127.0.0.1 (plain HTTP, optionally HTTPS with a generated certificate).
 *
 * <pre>{@code
 * try (GraphEmulator emulator = GraphEmulator.builder().port(0).build().start()) {
 *     String base = emulator.baseUrl(); // http://127.0.0.1:PORT/v1.0
 * }
 * }</pre>
 */
public final class GraphEmulator implements AutoCloseable {

    private final EmulatorServer server;
    private final ContactStore store;
    private final FaultPlan faults;
    private final Throttling throttling;
    private final BearerTokenFilter bearerFilter;
    private final IdentityService identity;
    private final Subscriptions subscriptions;

    private GraphEmulator(Builder builder) {
        this.store = new ContactStore(builder.storeOptions);
        builder.seeding.forEach(step -> step.accept(store));
        this.faults = new FaultPlan();
        faults.deltaTokenExpirer(store::expireDeltaTokens);
        builder.faultSetup.accept(faults);
        faults.keepAsBaseline();
        this.throttling = new Throttling(builder.throttle, builder.enforceRetryAfter);
        this.subscriptions = new Subscriptions(builder.storeOptions.clock(), null);
        store.journal().listen(subscriptions::onChange);
        ApiHandler api = builder.graphApi;
        if (api == null) {
            GraphApi graphApi = new GraphApi(store);
            graphApi.setSubscriptions(new SubscriptionsHandler(subscriptions));
            // Each $batch sub-request is throttled and faulted on its own, like Graph does.
            graphApi.setSubRequestPipeline(throttling.filter(new FaultFilter(graphApi, faults, true)));
            api = graphApi;
        }
        ApiHandler graphChain = throttling.filter(new FaultFilter(api, faults, false));
        this.identity = builder.identityService;
        this.bearerFilter = new BearerTokenFilter(graphChain, builder.tokens, builder.strictAuth);
        ApiHandler router = new EmulatorRouter(FaultFilter.forIdentity(builder.identityHandler, faults), bearerFilter);
        this.server = new EmulatorServer(router, builder.port, builder.https ? builder.httpsPort : -1,
                builder.threads);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the listeners; returns this for try-with-resources chaining. */
    public GraphEmulator start() {
        server.start();
        return this;
    }

    public void stop() {
        server.stop();
        subscriptions.close();
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** {@code http://127.0.0.1:PORT/v1.0}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.httpPort() + "/v1.0";
    }

    /** {@code https://127.0.0.1:PORT/v1.0}; fails when HTTPS is off. */
    public String httpsBaseUrl() {
        return "https://127.0.0.1:" + server.httpsPort() + "/v1.0";
    }

    /** The identity authority root for msal4j (which insists on https), e.g. {@code https://localhost:PORT}. */
    public String authorityHost() {
        return "https://localhost:" + server.httpsPort();
    }

    public int port() {
        return server.httpPort();
    }

    public int httpsPort() {
        return server.httpsPort();
    }

    /** The contacts data behind the API (seed it, read it, check what a client wrote). */
    public ContactStore store() {
        return store;
    }

    /** Change-notification subscriptions: the live ones, lifecycle events on demand, delivery faults, counters. */
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /** The run-time fault plan (thread-safe). */
    public FaultPlan faults() {
        return faults;
    }

    /** The responses the server is answering right now (all, and delta queries), for tests. */
    public OpenResponses openResponses() {
        return server.openResponses();
    }

    /** Throttling limits and request counters. */
    public Throttling throttling() {
        return throttling;
    }

    /**
     * The identity platform (token and device-code endpoints, app registrations, issued tokens, counters); null when
     * the builder was given another identity handler.
     */
    public IdentityService identity() {
        return identity;
    }

    public boolean isStrictAuth() {
        return bearerFilter.isStrict();
    }

    /** Switches strict token checking on or off while running. */
    public void strictAuth(boolean strict) {
        bearerFilter.setStrict(strict);
    }

    /** A client TLS context trusting the generated certificate; fails when HTTPS is off. */
    public SSLContext sslContext() {
        return server.tls().clientContext();
    }

    /** A key store holding the generated certificate, to trust it; fails when HTTPS is off. */
    public java.security.KeyStore trustStore() {
        return server.tls().trustStore();
    }

    /** The generated certificate and trust store; fails when HTTPS is off. */
    public SelfSignedTls tls() {
        return server.tls();
    }

    /** Resets faults to the build-time plan and clears throttle and identity counters (used between tests). */
    public void resetFaultsAndCounters() {
        faults.reset();
        throttling.reset();
        subscriptions.faults().reset();
        if (identity != null) {
            identity.resetCounters();
        }
    }

    /** Builds a {@link GraphEmulator}; every option has a working default. */
    public static final class Builder {
        private int port;
        private boolean https;
        private int httpsPort;
        private boolean strictAuth;
        private int threads = 16;
        private ThrottleSettings throttle = ThrottleSettings.outlookDefaults();
        private boolean enforceRetryAfter;
        private Consumer<FaultPlan> faultSetup = plan -> { };
        private ApiHandler graphApi;
        private StoreOptions storeOptions = StoreOptions.defaults();
        private final List<Consumer<ContactStore>> seeding = new ArrayList<>();
        private IdentityService identityService = new IdentityService();
        private ApiHandler identityHandler = identityService.handler();
        private TokenRegistry tokens = identityService;

        private Builder() {
        }

        /** The HTTP port on 127.0.0.1; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = requirePort("port", port);
            return this;
        }

        /** Also listen on HTTPS with a certificate generated at start (default false). */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /** The HTTPS port; 0 (default) picks a free one. Implies {@code https(true)}. */
        public Builder httpsPort(int httpsPort) {
            this.httpsPort = requirePort("httpsPort", httpsPort);
            this.https = true;
            return this;
        }

        /** Accept only tokens the emulator's identity endpoint issued and that are still valid (default false). */
        public Builder strictAuth(boolean strictAuth) {
            this.strictAuth = strictAuth;
            return this;
        }

        /** Worker threads of the HTTP server (default 16). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Requests one app may have in flight on one mailbox (default 4, like Outlook). */
        public Builder maxConcurrency(int maxConcurrency) {
            this.throttle = throttle.withMaxConcurrency(maxConcurrency);
            return this;
        }

        /** Requests one app may make to one mailbox per window (default 10,000 per 10 minutes). */
        public Builder requestBudget(int requests, Duration window) {
            this.throttle = throttle.withBudget(requests, window);
            return this;
        }

        /** The Retry-After seconds of concurrency 429s (default 1). */
        public Builder concurrencyRetryAfterSeconds(int seconds) {
            this.throttle = throttle.withConcurrencyRetryAfterSeconds(seconds);
            return this;
        }

        /** Answer 429 to requests on a mailbox whose last 429/503 Retry-After has not elapsed yet (default false). */
        public Builder enforceRetryAfter(boolean enforce) {
            this.enforceRetryAfter = enforce;
            return this;
        }

        /** Build-time faults, e.g. {@code faults(f -> f.rate(0.1).errors(FaultKind.THROTTLED))}. */
        public Builder faults(Consumer<FaultPlan> setup) {
            this.faultSetup = this.faultSetup.andThen(setup);
            return this;
        }

        /** Store options: delta page sizes, delta-token lifetime, clock (default {@link StoreOptions#defaults()}). */
        public Builder storeOptions(StoreOptions storeOptions) {
            this.storeOptions = storeOptions;
            return this;
        }

        /** Creates {@code count} generated contacts for {@code user} in {@code folderPath} (folders created). */
        public Builder seedContacts(String user, String folderPath, int count) {
            if (count < 0) {
                throw new IllegalArgumentException("seed count must be 0 or more, was " + count);
            }
            long seed = seeding.size() + 1L;
            seeding.add(store -> store.seed(user, folderPath, count, seed));
            return this;
        }

        /** Loads mailboxes, folders and contacts from a seed file. */
        public Builder seedFile(Path file) {
            seeding.add(store -> {
                try {
                    store.loadSeed(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read seed file " + file, e);
                }
            });
            return this;
        }

        /** Any other preparation of the store before start. */
        public Builder seed(Consumer<ContactStore> step) {
            seeding.add(step);
            return this;
        }

        /** Replaces the Graph API behind the filters (advanced; pipeline tests); the store is then unused by it. */
        public Builder graphApi(ApiHandler graphApi) {
            this.graphApi = graphApi;
            return this;
        }

        /** The identity platform to serve (default: a new lenient {@link IdentityService}). */
        public Builder identity(IdentityService identity) {
            this.identityService = java.util.Objects.requireNonNull(identity, "identity");
            this.identityHandler = identity.handler();
            this.tokens = identity;
            return this;
        }

        /** The identity handler and the registry strict mode checks tokens against. */
        public Builder identity(ApiHandler handler, TokenRegistry registry) {
            this.identityService = null;
            this.identityHandler = handler;
            this.tokens = registry;
            return this;
        }

        public GraphEmulator build() {
            return new GraphEmulator(this);
        }

        private static int requirePort(String name, int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(name + " must be 0 (any free port) or 1..65535, was " + port);
            }
            return port;
        }
    }
}
