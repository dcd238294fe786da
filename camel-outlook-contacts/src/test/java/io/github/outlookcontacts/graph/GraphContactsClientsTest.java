package io.github.outlookcontacts.graph;

import java.time.Duration;

import io.github.outlookcontacts.auth.StaticTokenProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphContactsClientsTest {

    private static GraphClientSettings settings(String baseUrl, int maxRetries, int maxConcurrent) {
        return new GraphClientSettings(baseUrl, true, maxRetries, Duration.ofSeconds(1), maxConcurrent,
                Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void badSettingsFailBeforeAnyCallNamingTheOption() {
        StaticTokenProvider tokens = new StaticTokenProvider("t");
        assertThatThrownBy(() -> GraphContactsClients.create(settings("http://graph.microsoft.com/v1.0", 1, 4), tokens))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> GraphContactsClients.create(settings(null, 1, 4), tokens))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> GraphContactsClients.create(settings("https://graph.microsoft.com/v1.0", -1, 4),
                tokens)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> GraphContactsClients.create(settings("https://graph.microsoft.com/v1.0", 1, 0),
                tokens)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConcurrentRequests");
        assertThatThrownBy(() -> GraphContactsClients.create(settings("https://graph.microsoft.com/v1.0", 1, 4), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
