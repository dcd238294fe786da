package io.github.outlookcontacts.transport;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.outlookcontacts.LogCapture;
import io.github.outlookcontacts.auth.StaticTokenProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.outlookcontacts.transport.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

/** Every transport log line at every level, captured through log4j2: no token, no delta/skip token value. */
class TransportLoggingTest {

    private static final String LOGGER = "io.github.outlookcontacts.transport";

    @RegisterExtension
    final LogCapture logs = LogCapture.of(LOGGER);

    @Test
    void retriesAndRefreshesAreLoggedWithoutSecrets() throws Exception {
        String token = "eyJ0eXAiOiJKV1QiLCJhbGciOi-secret";
        try (LoopbackServer server = new LoopbackServer((i, req, out) -> {
            switch (i) {
                case 0 -> respond(out, 401, "{}");
                case 1 -> respond(out, 429, "{}", "Retry-After: 0");
                default -> respond(out, 200, "{}");
            }
        })) {
            TransportSettings settings = new TransportSettings(server.baseUrl(), true, 3, Duration.ofMillis(10),
                    Duration.ofMillis(1), 4, Duration.ofSeconds(2), Duration.ofSeconds(5), "t");
            try (GraphHttpTransport transport = new GraphHttpTransport(settings, new StaticTokenProvider(token),
                    new RetryPolicy(3, settings.maxRetryDelay(), settings.initialBackoff(), d -> {
                    }, Clock.systemUTC()))) {
                transport.execute(HttpRequest.get(server.url(
                        "/me/contactFolders/f/contacts/delta?$skiptoken=SKIPSECRET&$deltatoken=DELTASECRET"))).close();
            }
        }
        List<String> lines = logs.events().stream().map(event -> event.getLevel() + " "
                + event.getMessage().getFormattedMessage() + (event.getThrown() == null ? "" : " " + event.getThrown()))
                .toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines).anyMatch(l -> l.contains("$skiptoken=***"));
        assertThat(lines).noneMatch(l -> l.contains(token) || l.contains("SKIPSECRET") || l.contains("DELTASECRET"));
    }
}
