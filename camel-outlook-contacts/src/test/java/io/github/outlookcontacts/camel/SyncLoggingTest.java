package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Round summaries at INFO; never a token, a delta/skip token or contact data above DEBUG. */
class SyncLoggingTest extends SyncEmulatorSupport {

    private static final List<String> LOGGERS = List.of("io.github.outlookcontacts", "org.apache.camel");
    private final List<LogEvent> logged = new CopyOnWriteArrayList<>();
    private AbstractAppender appender;

    @BeforeEach
    void capture() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = new AbstractAppender("capture-sync", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                logged.add(event.toImmutable());
            }
        };
        appender.start();
        for (String name : LOGGERS) {
            LoggerConfig logger = new LoggerConfig(name, Level.TRACE, false);
            logger.addAppender(appender, Level.TRACE, null);
            config.addLogger(name, logger);
        }
        ctx.updateLoggers();
    }

    @AfterEach
    void release() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        LOGGERS.forEach(ctx.getConfiguration()::removeLogger);
        ctx.updateLoggers();
        appender.stop();
    }

    @Test
    void roundsAreSummarisedAtInfoWithoutTokensOrContactData() throws Exception {
        String clients = folder("Clients");
        ContactEntry secret = store.createContact(USER, clients, "{\"givenName\":\"Zebediah\",\"surname\":\"Quux\","
                                                                 + "\"emailAddresses\":[{\"address\":\"zq@private.example\"}]}");
        for (int i = 0; i < 6; i++) {
            create(clients, "c" + i);
        }
        failing = e -> e.id().equals(secret.id()) && failedAttempts.isEmpty();
        startCamel(syncUri("folder=Clients&pageSize=3").replace("accessToken=test-token",
                "accessToken=tok-SUPERSECRET"));
        awaitRouteMatchesStore(clients);
        update(secret.id(), "Spy");
        emulator.faults().expireDeltaTokensNow();
        await(() -> events().size() == 8, Duration.ofSeconds(20), () -> "events " + events());
        awaitQuiet();
        stopCamel();

        List<String> aboveDebug = logged.stream().filter(e -> e.getLevel().isMoreSpecificThan(Level.INFO))
                .map(e -> e.getLevel() + " " + e.getMessage().getFormattedMessage()
                          + (e.getThrown() == null ? "" : " " + e.getThrown()))
                .toList();
        assertThat(aboveDebug).anyMatch(l -> l.startsWith("INFO Synced folder " + clients)
                                             && l.contains("(first round)") && l.contains("7 created"));
        assertThat(aboveDebug).anyMatch(l -> l.startsWith("INFO Folder " + clients) && l.contains("restarting"));
        assertThat(aboveDebug).anyMatch(l -> l.startsWith("WARN") && l.contains(secret.id()));
        assertThat(aboveDebug).noneMatch(l -> l.contains("SUPERSECRET") || l.contains("Zebediah")
                                              || l.contains("zq@private.example") || l.contains("Spy")
                                              || l.contains("deltatoken=") || l.contains("skiptoken="));
    }
}
