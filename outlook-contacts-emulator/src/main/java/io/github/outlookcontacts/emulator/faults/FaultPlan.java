package io.github.outlookcontacts.emulator.faults;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What to break, Dev-Proxy style, changeable while the emulator runs (all methods are thread-safe): a random error
 * rate over a set of {@link FaultKind}s, latency, "the next N requests fail with X", forced delta-token expiry, and
 * optional method / path filters. {@link #reset()} returns to the plan given at build time.
 */
public final class FaultPlan {

    /** What {@link #rate(double)} picks from when no {@link #errors} were chosen (Dev Proxy's GET/PATCH set). */
    public static final Set<FaultKind> DEFAULT_ERRORS = EnumSet.of(FaultKind.THROTTLED, FaultKind.INTERNAL_ERROR,
            FaultKind.BAD_GATEWAY, FaultKind.SERVICE_UNAVAILABLE, FaultKind.GATEWAY_TIMEOUT);

    /** The decision for one request. */
    record Decision(FaultKind kind, long latencyMs, long serviceTimeMs, boolean expireDeltaTokens) {
    }

    private static final class Settings {
        double rate;
        EnumSet<FaultKind> errors = EnumSet.noneOf(FaultKind.class);
        int retryAfterSeconds = 1;
        long latencyMinMs;
        long latencyMaxMs;
        long serviceMinMs;
        long serviceMaxMs;
        Set<String> methods = Set.of();
        String pathContains;
        boolean identityEndpoints;
        Long seed;

        Settings copy() {
            Settings s = new Settings();
            s.rate = rate;
            s.errors = EnumSet.copyOf(errors.isEmpty() ? EnumSet.noneOf(FaultKind.class) : errors);
            s.retryAfterSeconds = retryAfterSeconds;
            s.latencyMinMs = latencyMinMs;
            s.latencyMaxMs = latencyMaxMs;
            s.serviceMinMs = serviceMinMs;
            s.serviceMaxMs = serviceMaxMs;
            s.methods = methods;
            s.pathContains = pathContains;
            s.identityEndpoints = identityEndpoints;
            s.seed = seed;
            return s;
        }
    }

    private Settings settings = new Settings();
    private Settings baseline = settings.copy();
    private Random random = new Random();
    private final Deque<FaultKind> scripted = new ArrayDeque<>();
    private int deltaRequestsUntilExpiry;
    private int expireEveryKthDeltaTokenUse;
    private long deltaTokenUses;
    private volatile Runnable deltaTokenExpirer = () -> { };
    private final Map<FaultKind, LongAdder> injected = new ConcurrentHashMap<>();
    private final LongAdder deltaExpiries = new LongAdder();
    private final LongAdder delayed = new LongAdder();

    /** Fails this share (0 to 1) of the matching requests with one of the chosen {@link #errors}. */
    public synchronized FaultPlan rate(double rate) {
        if (rate < 0 || rate > 1 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("fault rate must be between 0 and 1, was " + rate);
        }
        settings.rate = rate;
        return this;
    }

    /** The faults the random rate picks from (default {@link #DEFAULT_ERRORS}). */
    public synchronized FaultPlan errors(FaultKind... kinds) {
        return errors(Arrays.asList(kinds));
    }

    /** The faults the random rate picks from (default {@link #DEFAULT_ERRORS}). */
    public synchronized FaultPlan errors(Collection<FaultKind> kinds) {
        settings.errors = kinds.isEmpty() ? EnumSet.noneOf(FaultKind.class) : EnumSet.copyOf(kinds);
        return this;
    }

    /** The Retry-After (seconds) of injected 429 and 503 answers; 0 and 1 keep tests fast (default 1). */
    public synchronized FaultPlan retryAfterSeconds(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must be 0 or more, was " + seconds);
        }
        settings.retryAfterSeconds = seconds;
        return this;
    }

    /**
     * Delays every matching HTTP request by exactly this long: the network's share of a round trip, once per HTTP
     * request, so a {@code $batch} envelope is delayed once and its sub-requests not (Dev Proxy's LatencyPlugin).
     */
    public synchronized FaultPlan latency(Duration fixed) {
        return latency(fixed, fixed);
    }

    /** As {@link #latency(Duration)}, a random time between {@code min} and {@code max}. */
    public synchronized FaultPlan latency(Duration min, Duration max) {
        check("latency", min, max);
        settings.latencyMinMs = min.toMillis();
        settings.latencyMaxMs = max.toMillis();
        return this;
    }

    /**
     * The time Outlook takes to serve each matching request to a mailbox: every request but a {@code $batch}
     * envelope, and each of its sub-requests. It is spent inside the per-mailbox concurrency limit, so it is what
     * bounds a client that keeps to the limit: at most {@code maxConcurrency / serviceTime} requests per second per
     * mailbox.
     */
    public synchronized FaultPlan serviceTime(Duration fixed) {
        return serviceTime(fixed, fixed);
    }

    /** As {@link #serviceTime(Duration)}, a random time between {@code min} and {@code max}. */
    public synchronized FaultPlan serviceTime(Duration min, Duration max) {
        check("serviceTime", min, max);
        settings.serviceMinMs = min.toMillis();
        settings.serviceMaxMs = max.toMillis();
        return this;
    }

    private static void check(String name, Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException(name + " needs 0 <= min <= max, was " + min + ".." + max);
        }
    }

    /** Only requests with one of these methods are faulted or delayed (none given: all methods). */
    public synchronized FaultPlan onlyMethods(String... methods) {
        settings.methods = Arrays.stream(methods).map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        return this;
    }

    /** Only requests whose path contains this text are faulted or delayed (null: all paths). */
    public synchronized FaultPlan onlyPathsContaining(String pathPart) {
        settings.pathContains = pathPart;
        return this;
    }

    /** Also fault and delay the identity endpoints (token, device code, discovery); default false: Graph paths only. */
    public synchronized FaultPlan includeIdentityEndpoints(boolean include) {
        settings.identityEndpoints = include;
        return this;
    }

    public synchronized boolean includesIdentityEndpoints() {
        return settings.identityEndpoints;
    }

    /** Makes the random choices repeatable. */
    public synchronized FaultPlan seed(long seed) {
        settings.seed = seed;
        random = new Random(seed);
        return this;
    }

    /** The next {@code count} matching requests fail with {@code kind}, before any random fault. */
    public synchronized FaultPlan failNext(int count, FaultKind kind) {
        for (int i = 0; i < count; i++) {
            scripted.add(kind);
        }
        return this;
    }

    /** Expires every delta and skip token now: the next request with one gets 410 SyncStateNotFound. */
    public FaultPlan expireDeltaTokensNow() {
        deltaTokenExpirer.run();
        deltaExpiries.increment();
        return this;
    }

    /** Expires every delta token just before the {@code k}-th delta request from now is processed (1 = the next). */
    public synchronized FaultPlan expireDeltaTokensOnDeltaRequest(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        deltaRequestsUntilExpiry = k;
        return this;
    }

    /**
     * Expires every delta token just before every {@code k}-th request that uses one ({@code $deltatoken=...}), so
     * that request gets 410 SyncStateNotFound; 0 switches it off.
     */
    public synchronized FaultPlan expireDeltaTokensEvery(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be 0 (off) or more, was " + k);
        }
        expireEveryKthDeltaTokenUse = k;
        deltaTokenUses = 0;
        return this;
    }

    /** Connects the plan to the store whose delta tokens it expires (done by the emulator). */
    public void deltaTokenExpirer(Runnable expirer) {
        this.deltaTokenExpirer = expirer;
    }

    /** Remembers the current settings as what {@link #reset()} returns to (done by the emulator after building). */
    public synchronized void keepAsBaseline() {
        baseline = settings.copy();
    }

    /** Back to the build-time plan; scripted faults and counters cleared. */
    public synchronized void reset() {
        settings = baseline.copy();
        random = settings.seed == null ? new Random() : new Random(settings.seed);
        scripted.clear();
        deltaRequestsUntilExpiry = 0;
        expireEveryKthDeltaTokenUse = 0;
        deltaTokenUses = 0;
        injected.clear();
        deltaExpiries.reset();
        delayed.reset();
    }

    /** How many faults of this kind were injected since the last reset. */
    public long injected(FaultKind kind) {
        LongAdder count = injected.get(kind);
        return count == null ? 0 : count.sum();
    }

    /** How many faults of any kind were injected since the last reset. */
    public long injectedTotal() {
        return injected.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** How many times delta tokens were expired since the last reset. */
    public long deltaTokenExpiries() {
        return deltaExpiries.sum();
    }

    /** How many requests were delayed since the last reset. */
    public long delayedRequests() {
        return delayed.sum();
    }

    /** The current error rate. */
    public synchronized double rate() {
        return settings.rate;
    }

    synchronized Decision decide(String method, String path, String rawQuery, boolean subRequest) {
        boolean expire = false;
        if (deltaRequestsUntilExpiry > 0 && isDelta(path) && --deltaRequestsUntilExpiry == 0) {
            expire = true;
        }
        if (expireEveryKthDeltaTokenUse > 0 && usesDeltaToken(rawQuery)
                && ++deltaTokenUses % expireEveryKthDeltaTokenUse == 0) {
            expire = true;
        }
        boolean matches = (settings.methods.isEmpty() || settings.methods.contains(method))
                && (settings.pathContains == null || path.contains(settings.pathContains));
        if (!matches) {
            return new Decision(null, 0, 0, expire);
        }
        FaultKind kind = null;
        if (!scripted.isEmpty() && !(subRequest && scripted.peek().isTransport())) {
            kind = scripted.poll();
        } else if (settings.rate > 0 && random.nextDouble() < settings.rate) {
            List<FaultKind> candidates = (settings.errors.isEmpty() ? DEFAULT_ERRORS : settings.errors).stream()
                    .filter(k -> !(subRequest && k.isTransport()) && k.appliesTo(method)).toList();
            kind = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        }
        if (kind != null) {
            injected.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
        long latency = subRequest ? 0 : between(settings.latencyMinMs, settings.latencyMaxMs);
        long service = isBatch(path) ? 0 : between(settings.serviceMinMs, settings.serviceMaxMs);
        if (latency > 0 || service > 0) {
            delayed.increment();
        }
        return new Decision(kind, latency, service, expire);
    }

    synchronized int retryAfterSeconds() {
        return settings.retryAfterSeconds;
    }

    void expireDeltaTokensFor(String path) {
        deltaTokenExpirer.run();
        deltaExpiries.increment();
    }

    private long between(long min, long max) {
        return min + (max > min ? (long) (random.nextDouble() * (max - min + 1)) : 0);
    }

    private static boolean isBatch(String path) {
        return path.endsWith("/$batch");
    }

    /** Graph accepts {@code delta}, {@code delta()} and the qualified {@code microsoft.graph.delta[()]}. */
    private static boolean isDelta(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        String name = last.endsWith("()") ? last.substring(0, last.length() - 2) : last;
        return name.equals("delta") || name.equals("microsoft.graph.delta");
    }

    /** A non-empty {@code $deltatoken} (an empty one is the "start over" URL a 410 points to). */
    private static boolean usesDeltaToken(String rawQuery) {
        if (rawQuery == null) {
            return false;
        }
        for (String pair : rawQuery.split("&")) {
            String lower = pair.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("$deltatoken=") && pair.length() > 12)
                    || (lower.startsWith("%24deltatoken=") && pair.length() > 14)) {
                return true;
            }
        }
        return false;
    }
}
