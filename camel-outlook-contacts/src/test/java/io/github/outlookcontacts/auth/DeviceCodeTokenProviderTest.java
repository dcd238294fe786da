package io.github.outlookcontacts.auth;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.Grant;
import io.github.outlookcontacts.emulator.identity.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The delegated device-code flow with real msal4j against the emulator's {@code /devicecode} and polling grant, and
 * the persistent token cache that makes the next start silent.
 */
class DeviceCodeTokenProviderTest {

    private static final String CLIENT_ID = "public-app-0001";
    private static final String ANN = "ann@contoso.com";

    @TempDir
    Path dir;

    private GraphEmulator emulator;
    private IdentityService identity;
    private final List<String> messages = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        emulator = IdentityEmulator.start();
        identity = emulator.identity();
        identity.registerPublicClient(CLIENT_ID).setDeviceCodeInterval(Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void signsInOnceThenTheSavedCacheMakesTheNextStartSilent() throws Exception {
        identity.autoApproveDeviceCodes(ANN);
        Path cache = dir.resolve("tokens").resolve("outlook-contacts.json");

        AccessTokenProvider first = AccessTokenProviders.create(IdentityEmulator.deviceCode(emulator, CLIENT_ID,
                cache, messages::add));
        String token = first.getAccessToken();

        assertThat(first).isInstanceOf(DeviceCodeTokenProvider.class);
        assertThat(identity.validate(token).orElseThrow().user()).isEqualTo(ANN);
        assertThat(messages).singleElement().asString().contains("/common/oauth2/deviceauth")
                .containsPattern("enter the code [A-Z0-9]{9}");
        assertThat(identity.deviceCodeRequests()).isEqualTo(1);
        assertThat(identity.tokensIssued(Grant.DEVICE_CODE)).isEqualTo(1);
        assertThat(Files.readString(cache)).contains("\"RefreshToken\"");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rw-------");
        }
        assertThat(Files.list(cache.getParent())).as("no temporary files left behind").hasSize(1);

        // A restart: a new provider, a new msal4j application, the same cache file.
        long tokenRequests = identity.tokenRequests();
        AccessTokenProvider second = AccessTokenProviders.create(IdentityEmulator.deviceCode(emulator, CLIENT_ID,
                cache, messages::add));
        assertThat(second.getAccessToken()).isEqualTo(token);
        assertThat(identity.deviceCodeRequests()).isEqualTo(1);
        assertThat(identity.tokenRequests()).isEqualTo(tokenRequests);
        assertThat(messages).hasSize(1);

        // A forced refresh uses the saved refresh token, still without a device code.
        String refreshed = second.refreshAccessToken();
        assertThat(refreshed).isNotEqualTo(token);
        assertThat(identity.validate(refreshed).orElseThrow().user()).isEqualTo(ANN);
        assertThat(identity.tokensIssued(Grant.REFRESH_TOKEN)).isEqualTo(1);
        assertThat(identity.deviceCodeRequests()).isEqualTo(1);
    }

    @Test
    void waitsWhileTheSignInIsPendingUntilThePersonApproves() throws Exception {
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.deviceCode(emulator, CLIENT_ID,
                null, messages::add));
        CompletableFuture<String> token = CompletableFuture.supplyAsync(provider::getAccessToken);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((identity.pendingUserCodes().isEmpty() || identity.failedTokenRequests() == 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        // msal4j has polled at least once and was told authorization_pending.
        assertThat(identity.failedTokenRequests()).isPositive();
        assertThat(token).isNotDone();
        String userCode = identity.pendingUserCodes().get(0);
        assertThat(messages).singleElement().asString().contains(userCode);

        assertThat(identity.approveDeviceCode(userCode, "bob@contoso.com")).isTrue();

        assertThat(identity.validate(token.get(20, TimeUnit.SECONDS)).orElseThrow().user())
                .isEqualTo("bob@contoso.com");
    }

    @Test
    void refreshesSilentlyBeforeTheAccessTokenExpires() throws Exception {
        identity.autoApproveDeviceCodes(ANN).setTokenLifetime(Duration.ofSeconds(302));
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.deviceCode(emulator, CLIENT_ID,
                dir.resolve("cache.json"), messages::add));
        String first = provider.getAccessToken();

        String next = first;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (next.equals(first) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            next = provider.getAccessToken();
        }

        assertThat(next).isNotEqualTo(first);
        assertThat(identity.validate(first)).as("replaced while still valid").isPresent();
        assertThat(identity.tokensIssued(Grant.REFRESH_TOKEN)).isEqualTo(1);
        assertThat(identity.deviceCodeRequests()).isEqualTo(1);
        assertThat(messages).hasSize(1);
    }

    @Test
    void anExpiredRefreshTokenLeadsToANewDeviceCodeSignIn() {
        identity.autoApproveDeviceCodes(ANN);
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.deviceCode(emulator, CLIENT_ID,
                dir.resolve("cache.json"), messages::add));
        provider.getAccessToken();
        identity.expireRefreshTokens();

        String token = provider.refreshAccessToken();

        assertThat(identity.validate(token)).isPresent();
        assertThat(identity.deviceCodeRequests()).isEqualTo(2);
        assertThat(identity.tokensIssued(Grant.DEVICE_CODE)).isEqualTo(2);
        assertThat(messages).hasSize(2);
    }

    @Test
    void aCorruptCacheFileMeansSigningInAgainAndIsReplaced() throws Exception {
        identity.autoApproveDeviceCodes(ANN);
        Path cache = Files.writeString(dir.resolve("cache.json"), "{ this is not a token cache");
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.deviceCode(emulator, CLIENT_ID,
                cache, messages::add));

        assertThat(identity.validate(provider.getAccessToken())).isPresent();
        assertThat(identity.deviceCodeRequests()).isEqualTo(1);
        assertThat(Files.readString(cache)).contains("\"RefreshToken\"");
    }

    @Test
    void aDeclinedSignInFailsClearly() throws Exception {
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.deviceCode(emulator, CLIENT_ID,
                null, message -> identity.pendingUserCodes().forEach(identity::declineDeviceCode)));

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, provider::getAccessToken);

        assertThat(e.getMessage()).contains("delegated device code").contains("tenant organizations")
                .contains(CLIENT_ID);
        assertThat(e.getErrorCode()).isEqualTo("authorization_declined");
    }
}
