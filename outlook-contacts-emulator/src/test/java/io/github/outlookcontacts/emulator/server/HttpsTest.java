package io.github.outlookcontacts.emulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.WireClient;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpsTest {

    private static GraphEmulator emulator;
    private static final java.util.concurrent.atomic.AtomicReference<String> BASE = new java.util.concurrent.atomic.AtomicReference<>();

    @BeforeAll
    static void start() {
        emulator = GraphEmulator.builder().https(true).graphApi(r -> {
            BASE.set(r.header("X-Emulator-Base-Url"));
            return ApiResponse.json(200, "{}");
        }).build().start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void httpsWithTheGeneratedCertificateTrustedOnBothLoopbackNames() throws Exception {
        WireClient client = new WireClient(emulator.sslContext());

        HttpResponse<String> byIp = client.get(emulator.httpsBaseUrl() + "/me/contacts");
        assertThat(byIp.statusCode()).isEqualTo(200);
        assertThat(byIp.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(BASE.get()).isEqualTo(emulator.httpsBaseUrl());

        HttpResponse<String> byName = client.get(emulator.authorityHost() + "/v1.0/me/contacts");
        assertThat(byName.statusCode()).isEqualTo(200);
        assertThat(BASE.get()).isEqualTo(emulator.authorityHost() + "/v1.0");
        assertThat(emulator.tls().certificate().getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(emulator.tls().trustStore().size()).isEqualTo(1);
        assertThat(emulator.tls().certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void untrustedClientIsRefusedAndPlainHttpStillWorks() throws Exception {
        assertThatThrownBy(() -> new WireClient().get(emulator.httpsBaseUrl() + "/me/contacts"))
                .isInstanceOf(IOException.class);
        assertThat(new WireClient().get(emulator.baseUrl() + "/me/contacts").statusCode()).isEqualTo(200);
    }

    @Test
    void httpsAccessorsFailClearlyWhenHttpsIsOff() {
        try (GraphEmulator plain = GraphEmulator.builder().build().start()) {
            assertThatThrownBy(plain::httpsBaseUrl).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("https(true)");
        }
    }
}
