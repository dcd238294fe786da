package io.github.outlookcontacts.auth;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.Grant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The certificate flow: msal4j signs a client assertion with the key of a PKCS#12 file generated here; the emulator
 * verifies it with the registered certificate.
 */
class ClientCertificateTokenProviderTest {

    private static final String CLIENT_ID = "cert-app-0001";
    private static final String PASSWORD = "pkcs12-Pa55word!";

    @TempDir
    Path dir;

    private GraphEmulator emulator;
    private IdentityEmulator.ClientCertificate registered;
    private Path pkcs12;

    @BeforeEach
    void start() throws Exception {
        emulator = IdentityEmulator.start();
        registered = IdentityEmulator.ClientCertificate.generate(CLIENT_ID);
        emulator.identity().registerCertificateClient(CLIENT_ID, registered.certificate());
        pkcs12 = registered.writePkcs12(dir.resolve("client.pfx"), PASSWORD);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void signedAssertionGetsAnAppOnlyTokenOnceAndCachesIt() {
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.certificate(emulator, CLIENT_ID,
                pkcs12, PASSWORD));

        String token = provider.getAccessToken();
        for (int i = 0; i < 100; i++) {
            assertThat(provider.getAccessToken()).isEqualTo(token);
        }

        assertThat(provider).isInstanceOf(ClientCertificateTokenProvider.class);
        assertThat(emulator.identity().validate(token).orElseThrow().appId()).isEqualTo(CLIENT_ID);
        assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(1);

        String refreshed = provider.refreshAccessToken();
        assertThat(refreshed).isNotEqualTo(token);
        assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(2);
    }

    @Test
    void certificateTheAppDoesNotKnowIsRefused() throws Exception {
        Path other = IdentityEmulator.ClientCertificate.generate(CLIENT_ID).writePkcs12(dir.resolve("other.p12"),
                PASSWORD);
        AccessTokenProvider provider = AccessTokenProviders.create(IdentityEmulator.certificate(emulator, CLIENT_ID,
                other, PASSWORD));

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, provider::getAccessToken);

        assertThat(e.getMessage()).contains("client credentials with a certificate").contains("AADSTS700027")
                .contains(CLIENT_ID);
        assertThat(e.getErrorCode()).isEqualTo("invalid_client");
        assertThat(AuthTestSupport.everythingPrinted(e)).doesNotContain(PASSWORD);
    }

    @Test
    void wrongPasswordOrMissingFileFailsAtCreationNamingTheOption() throws Exception {
        assertThatThrownBy(() -> AccessTokenProviders.create(IdentityEmulator.certificate(emulator, CLIENT_ID,
                pkcs12, "not-the-" + PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certificatePath " + pkcs12)
                .hasMessageContaining("certificatePassword")
                .satisfies(e -> assertThat(AuthTestSupport.everythingPrinted(e)).doesNotContain(PASSWORD));

        assertThatThrownBy(() -> AccessTokenProviders.create(IdentityEmulator.certificate(emulator, CLIENT_ID,
                dir.resolve("missing.pfx"), PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certificatePath")
                .hasMessageContaining("missing.pfx");

        Path notPkcs12 = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
        assertThatThrownBy(() -> AccessTokenProviders.create(IdentityEmulator.certificate(emulator, CLIENT_ID,
                notPkcs12, PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("could not be opened as PKCS#12");
        assertThat(emulator.identity().tokenRequests()).isZero();
    }
}
