package io.github.outlookcontacts.auth;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.Grant;
import io.github.outlookcontacts.emulator.identity.TokenRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The client-secret flow: real msal4j against the emulator's HTTPS token endpoint, counted at the emulator. */
class ClientSecretTokenProviderTest {

    private static final String CLIENT_ID = "11111111-2222-3333-4444-555555555555";
    private static final String SECRET = "s3cr3t~Value.With-Chars_0123456789";

    private GraphEmulator emulator;

    @BeforeEach
    void start() {
        emulator = IdentityEmulator.start();
        emulator.identity().registerClient(CLIENT_ID, SECRET);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void getsAnAppOnlyTokenTheEmulatorHonours() {
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.secret(emulator, CLIENT_ID,
                SECRET));
        assertThat(provider.tokenExpiry()).as("no token yet").isEmpty();

        String token = provider.getAccessToken();

        assertThat(provider).isInstanceOf(ClientSecretTokenProvider.class);
        TokenRegistry.IssuedToken issued = emulator.identity().validate(token).orElseThrow();
        // msal4j derives the expiry from expires_in (whole seconds) when the answer arrives
        assertThat(provider.tokenExpiry()).hasValueSatisfying(expiry -> assertThat(expiry)
                .isBetween(issued.expiresAt().minusSeconds(5), issued.expiresAt().plusSeconds(5)));
        assertThat(issued.isAppOnly()).isTrue();
        assertThat(issued.appId()).isEqualTo(CLIENT_ID);
        // instanceDiscovery(false) for a non-Microsoft authority: msal4j asks for nothing but the token.
        assertThat(emulator.identity().discoveryRequests()).isZero();
        assertThat(emulator.identity().tokenRequests()).isEqualTo(1);
    }

    @Test
    void cachesTheTokenAcrossManyRequests() {
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.secret(emulator, CLIENT_ID,
                SECRET));
        Set<String> seen = ConcurrentHashMap.newKeySet();

        for (int i = 0; i < 1_000; i++) {
            seen.add(provider.getAccessToken());
        }

        assertThat(seen).hasSize(1);
        assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(1);
        assertThat(emulator.identity().tokenRequests()).isEqualTo(1);
    }

    @Test
    void msal4jsOwnCacheServesTheTokenBehindTheFastPath() {
        MsalTokenProvider provider = (MsalTokenProvider) AccessTokenProviders.create(IdentityEmulator.secret(emulator,
                CLIENT_ID, SECRET));
        String token = provider.getAccessToken();

        // Straight to msal4j, past the provider's fast path: its cache answers (the authority has a port, which
        // msal4j only handles thanks to the self-describing instance-discovery entry).
        com.microsoft.aad.msal4j.IAuthenticationResult cached = provider.acquire(false);

        assertThat(cached.accessToken()).isEqualTo(token);
        assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(1);
    }

    @Test
    void forcedRefreshFetchesANewTokenAndConcurrentRefreshesCoalesce() throws Exception {
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.secret(emulator, CLIENT_ID,
                SECRET));
        String first = provider.getAccessToken();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> refreshed = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                refreshed.add(pool.submit(() -> {
                    go.await();
                    return provider.refreshAccessToken();
                }));
            }
            go.countDown();
            Set<String> tokens = ConcurrentHashMap.newKeySet();
            for (Future<String> f : refreshed) {
                tokens.add(f.get(30, TimeUnit.SECONDS));
            }
            // Four callers that saw a 401 at the same moment cost one network refresh, and all get its token.
            assertThat(tokens).hasSize(1).doesNotContain(first);
            assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(2);
            assertThat(provider.getAccessToken()).isEqualTo(tokens.iterator().next());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refreshesBeforeExpiryNotPerRequest() throws Exception {
        // msal4j (and the provider's fast path) renew a token 5 minutes before it expires: a 303 s token is good
        // for about 3 s.
        emulator.identity().setTokenLifetime(Duration.ofSeconds(303));
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.secret(emulator, CLIENT_ID,
                SECRET));
        String first = provider.getAccessToken();
        assertThat(provider.getAccessToken()).isEqualTo(first);
        assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(1);

        String next = first;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (next.equals(first) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            next = provider.getAccessToken();
        }

        assertThat(next).isNotEqualTo(first);
        assertThat(emulator.identity().validate(next)).isPresent();
        // Still valid when replaced: refreshed early, never on a request that already failed.
        assertThat(emulator.identity().validate(first)).isPresent();
        assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(2);
    }

    @Test
    void aFailedEarlyRenewalKeepsUsingTheStillValidToken() throws Exception {
        emulator.identity().setTokenLifetime(Duration.ofSeconds(303));
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.secret(emulator, CLIENT_ID,
                SECRET));
        String first = provider.getAccessToken();
        // The identity platform starts refusing the app (e.g. an outage or a rotated secret).
        emulator.identity().clearClients().registerClient(CLIENT_ID, "rotated");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (emulator.identity().failedTokenRequests() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            assertThat(provider.getAccessToken()).isEqualTo(first);
        }

        assertThat(emulator.identity().failedTokenRequests()).isPositive();
        assertThat(emulator.identity().validate(first)).isPresent();
        emulator.identity().registerClient(CLIENT_ID, SECRET);
        assertThat(provider.getAccessToken()).isNotEqualTo(first);
    }

    @Test
    void wrongSecretFailsClearlyWithoutTheSecret() {
        String wrong = "wrong-" + SECRET;
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.secret(emulator, CLIENT_ID,
                wrong));

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, provider::getAccessToken);

        assertThat(e.getMessage()).contains("client credentials with a client secret")
                .contains(IdentityEmulator.TENANT).contains(CLIENT_ID).contains("AADSTS7000215")
                .contains(emulator.authorityHost());
        assertThat(e.getErrorCode()).isEqualTo("invalid_client");
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(AuthTestSupport.everythingPrinted(e)).doesNotContain(wrong).doesNotContain(SECRET);
        assertThat(provider.toString()).doesNotContain(wrong);
    }

    @Test
    void unreachableIdentityPlatformFailsClearly() {
        String authority = emulator.authorityHost();
        AuthSettings settings = IdentityEmulator.secret(emulator, CLIENT_ID, SECRET);
        emulator.close();
        AccessTokenProvider provider = AccessTokenProviders.create(settings);

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, provider::getAccessToken);

        assertThat(e.getMessage()).startsWith("Could not get an access token with client credentials with a client"
                + " secret (tenant " + IdentityEmulator.TENANT + ", client id " + CLIENT_ID + ", authority "
                + authority + ")");
        assertThat(AuthTestSupport.everythingPrinted(e)).doesNotContain(SECRET);
    }
}
