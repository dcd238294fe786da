package io.github.outlookcontacts.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outlookcontacts.LogCapture;
import io.github.outlookcontacts.emulator.GraphEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every log line of this component and of msal4j, at every level down to TRACE (stack traces included), while the
 * flows succeed, refresh and fail: no secret, no certificate password, no access or refresh token.
 */
class AuthLoggingTest {

    private static final List<String> LOGGERS = List.of("io.github.outlookcontacts", "com.microsoft.aad.msal4j");
    private static final String SECRET = "Very~Secret.ClientSecret_42";
    private static final String PASSWORD = "pfx-Password-77";

    @TempDir
    Path dir;

    @RegisterExtension
    final LogCapture logs = LogCapture.of(LOGGERS.toArray(String[]::new));
    private GraphEmulator emulator;

    @BeforeEach
    void startEmulator() {
        emulator = IdentityEmulator.start();
    }

    @AfterEach
    void release() {
        emulator.close();
    }

    @Test
    void noSecretOrTokenIsEverLogged() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(SECRET, PASSWORD));
        emulator.identity().registerClient("secret-app", SECRET).setTokenLifetime(Duration.ofSeconds(301));

        // Client secret: fetch, refresh before expiry, forced refresh, then a wrong secret.
        AccessTokenProvider secretFlow = AccessTokenProviders.create(IdentityEmulator.secret(emulator, "secret-app",
                SECRET));
        secrets.add(secretFlow.getAccessToken());
        Thread.sleep(1_200);
        secrets.add(secretFlow.getAccessToken());
        secrets.add(secretFlow.refreshAccessToken());
        AccessTokenProvider wrong = AccessTokenProviders.create(IdentityEmulator.secret(emulator, "secret-app",
                SECRET + "x"));
        secrets.add(SECRET + "x");
        catchThrowable(wrong::getAccessToken);

        // Certificate: a good one, then a wrong password at creation.
        IdentityEmulator.ClientCertificate cert = IdentityEmulator.ClientCertificate.generate("cert-app");
        emulator.identity().registerCertificateClient("cert-app", cert.certificate());
        Path pfx = cert.writePkcs12(dir.resolve("c.pfx"), PASSWORD);
        secrets.add(AccessTokenProviders.create(IdentityEmulator.certificate(emulator, "cert-app", pfx, PASSWORD))
                .getAccessToken());
        catchThrowable(() -> AccessTokenProviders.create(IdentityEmulator.certificate(emulator, "cert-app", pfx,
                PASSWORD + "!")));
        secrets.add(PASSWORD + "!");

        // Device code with a cache file, a refresh, and a restart.
        emulator.identity().registerPublicClient("public-app").autoApproveDeviceCodes("ann@contoso.com");
        Path cache = dir.resolve("cache.json");
        AccessTokenProvider device = AccessTokenProviders.create(IdentityEmulator.deviceCode(emulator, "public-app",
                cache, m -> { }));
        secrets.add(device.getAccessToken());
        secrets.add(device.refreshAccessToken());
        secrets.add(AccessTokenProviders.create(IdentityEmulator.deviceCode(emulator, "public-app", cache, m -> { }))
                .getAccessToken());
        secrets.addAll(refreshTokens(cache));

        List<String> lines = logs.events().stream().map(event -> event.getLevel() + " " + event.getLoggerName() + " "
                + event.getMessage().getFormattedMessage()
                + (event.getThrown() == null ? "" : " " + AuthTestSupport.everythingPrinted(event.getThrown())))
                .toList();
        assertThat(lines).as("something was logged").isNotEmpty();
        assertThat(lines).anyMatch(l -> l.contains("Sign-in required") && l.startsWith("INFO"));
        assertThat(lines).as("msal4j's own logging is captured").anyMatch(l -> l.contains(" com.microsoft.aad.msal4j"));
        if (System.getenv("AUTH_LOG_DUMP") != null) {
            Files.write(Path.of(System.getenv("AUTH_LOG_DUMP")), lines);
        }
        for (String secret : secrets) {
            assertThat(lines).as("log lines containing a secret or token").noneMatch(l -> l.contains(secret));
        }
        assertThat(String.join("\n", lines)).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.eyJ");
    }

    private static List<String> refreshTokens(Path cache) throws Exception {
        JsonNode json = new ObjectMapper().readTree(Files.readString(cache));
        List<String> out = new ArrayList<>();
        json.path("RefreshToken").forEach(rt -> out.add(rt.get("secret").asText()));
        assertThat(out).isNotEmpty();
        return out;
    }
}
