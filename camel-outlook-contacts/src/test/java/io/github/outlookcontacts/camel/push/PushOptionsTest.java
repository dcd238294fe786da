package io.github.outlookcontacts.camel.push;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PushOptionsTest {

    @Test
    void thePathComesFromTheUrlUnlessSet() {
        assertThat(PushOptions.webhookPath(null, null)).isNull();
        assertThat(PushOptions.webhookPath("https://hooks.example.com/outlook/c1", null)).isEqualTo("/outlook/c1");
        assertThat(PushOptions.webhookPath("https://hooks.example.com", "")).isEqualTo("/");
        assertThat(PushOptions.webhookPath("https://hooks.example.com/c1", "/local/path")).isEqualTo("/local/path");
        assertThat(PushOptions.webhookPath("http://127.0.0.1:8080/hook", null)).isEqualTo("/hook");
        assertThat(PushOptions.webhookPath("http://localhost:8080/hook", null)).isEqualTo("/hook");
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> PushOptions.webhookPath("http://hooks.example.com/c1", null))
                .hasMessageContaining("notificationUrl").hasMessageContaining("https");
        assertThatThrownBy(() -> PushOptions.webhookPath("ftp://hooks.example.com/c1", null))
                .hasMessageContaining("notificationUrl");
        assertThatThrownBy(() -> PushOptions.webhookPath("/relative", null)).hasMessageContaining("notificationUrl");
        assertThatThrownBy(() -> PushOptions.webhookPath("https://user:pw@hooks.example.com/c1", null))
                .hasMessageContaining("user info").hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> PushOptions.webhookPath("https://hooks.example.com/c1", "no-slash"))
                .hasMessageContaining("notificationPath");
        assertThatThrownBy(() -> PushOptions.webhookPath("https://hooks.example.com/c1", "/a?b=c"))
                .hasMessageContaining("notificationPath");
        assertThatThrownBy(() -> PushOptions.webhookPath(null, "/hook"))
                .hasMessageContaining("notificationPath needs notificationUrl");
    }
}
