package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.List;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.graph.FolderNotFoundException;
import io.github.outlookcontacts.model.GraphJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** select, changeTypes, initialSync=changesOnly, folder paths, quartz, and option validation. */
class SyncOptionsTest extends SyncEmulatorSupport {

    /** Keeps the failures logged while a misspelt folder on purpose out of the build log. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final ExpectedErrorLogs EXPECTED_ERRORS = ExpectedErrorLogs.causedBy(io.github.outlookcontacts.graph.FolderNotFoundException.class, "'Clinets'");

    @Test
    void selectLimitsTheBodyToTheChosenProperties() throws Exception {
        String clients = folder("Clients");
        create(clients, "sel");
        startCamel(syncUri("folder=Clients&select=givenName,surname"));
        awaitRouteMatchesStore(clients);
        String json = GraphJson.toJson(events().get(0).body());
        assertThat(json).contains("\"givenName\":\"sel\"").contains("\"surname\"").contains("\"changeKey\"")
                .doesNotContain("emailAddresses");
    }

    @Test
    void changeTypesFilterWhatIsEmittedButCreatedVersusUpdatedStaysExact() throws Exception {
        String clients = folder("Clients");
        ContactEntry a = create(clients, "a");
        startCamel(syncUri("folder=Clients&changeTypes=updated,deleted"));
        await(() -> camel.getRoute("sync").getConsumer() instanceof OutlookContactsConsumer c
                    && c.getSyncHealth().polled(), Duration.ofSeconds(10), () -> "first poll");
        ContactEntry b = create(clients, "b");
        awaitQuiet();
        assertThat(events()).isEmpty();
        ContactEntry b2 = update(b.id(), "x");
        store.deleteContact(USER, a.id());
        await(() -> events().size() == 2, Duration.ofSeconds(10), () -> "events " + events());
        assertThat(events()).extracting(Event::toString)
                .containsExactlyInAnyOrder("updated " + b.id() + " " + b2.changeKey(), "deleted " + a.id());
    }

    @Test
    void changesOnlyRecordsTheBaselineAndEmitsOnlyLaterChanges() throws Exception {
        String clients = folder("Clients");
        ContactEntry a = create(clients, "a");
        create(clients, "b");
        startCamel(syncUri("folder=Clients&initialSync=changesOnly"));
        await(() -> ((OutlookContactsConsumer) camel.getRoute("sync").getConsumer()).getSyncHealth().polled(),
                Duration.ofSeconds(10), () -> "first poll");
        awaitQuiet();
        assertThat(events()).isEmpty();
        ContactEntry a2 = update(a.id(), "x");
        ContactEntry c = create(clients, "c");
        await(() -> events().size() == 2, Duration.ofSeconds(10), () -> "events " + events());
        assertThat(events()).extracting(Event::toString).containsExactlyInAnyOrder(
                "updated " + a.id() + " " + a2.changeKey(), "created " + c.id() + " " + c.changeKey());
    }

    @Test
    void aDisplayNamePathIsResolvedAndTheDefaultFolderIsTheDefault() throws Exception {
        String europe = folder("Clients/Europe");
        ContactEntry inEurope = create(europe, "eu");
        ContactEntry inDefault = create(null, "home");
        startCamel(syncUri("folder=clients/europe"));
        await(() -> events().size() == 1, Duration.ofSeconds(10), () -> "events " + events());
        assertThat(events().get(0).id()).isEqualTo(inEurope.id());
        assertThat(events().get(0).folderId()).isEqualTo(europe);
        stopCamel();
        events.clear();
        startCamel(syncUri(""));
        await(() -> events().size() == 1, Duration.ofSeconds(10), () -> "events " + events());
        assertThat(events().get(0).id()).isEqualTo(inDefault.id());
        assertThat(events().get(0).folderId()).isEqualTo(store.defaultFolderId(USER));
    }

    @Test
    void anUnknownFolderFailsTheRouteStartNamingItAndListingTheFoldersThatExist() throws Exception {
        folder("Clients/Europe");
        folder("Suppliers");
        Throwable failure = catchThrowable(() -> startCamel(syncUri("folder=Clinets")));
        while (failure != null && !(failure instanceof FolderNotFoundException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        assertThat(failure).isInstanceOf(FolderNotFoundException.class)
                .hasMessageContaining("'Clinets'").hasMessageContaining("Clients/Europe")
                .hasMessageContaining("Suppliers");
        assertThat(camel.getRouteController().getRouteStatus("sync").isStarted()).isFalse();
    }

    @Test
    void quartzCronSchedulesThePolls() throws Exception {
        String clients = folder("Clients");
        create(clients, "q");
        startCamel(syncUri("folder=Clients&scheduler=quartz&scheduler.cron=0/1+*+*+*+*+?"));
        awaitRouteMatchesStore(clients);
        ContactEntry later = create(clients, "later");
        await(() -> events().size() == 2, Duration.ofSeconds(10), () -> "events " + events());
        assertThat(events().get(1).id()).isEqualTo(later.id());
        assertThat(camel.hasComponent("quartz")).isNotNull();
    }

    @Test
    void badOptionsFailBeforeAnyCallToGraphNamingTheOptionAndTheAllowedValues() throws Exception {
        for (List<String> bad : List.of(
                List.of("initialSync=sometimes", "initialSync", "full, changesOnly"),
                List.of("pageSize=500", "pageSize", "1 to 200"),
                List.of("pageSize=0", "pageSize", "1 to 200"),
                List.of("changeTypes=created,moved", "changeTypes", "created, updated, deleted"),
                List.of("select=givenName,surnme", "select", "surname"),
                List.of("maxMessagesPerPoll=-1", "maxMessagesPerPoll", "0"))) {
            assertThatThrownBy(() -> startCamel(syncUri(bad.get(0))))
                    .rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad.get(1)).hasMessageContaining(bad.get(2));
            stopCamel();
        }
        assertThat(emulator.throttling().totalRequests()).isZero();
    }
}
