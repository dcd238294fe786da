package io.github.outlookcontacts.examples.mailboxes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.emulator.identity.Grant;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three mailboxes, app-only against the emulator in strict mode (only tokens its identity endpoint issued are
 * accepted): after a stop and a restart on the same state file, each route delivers only its mailbox's new change.
 */
class ManyMailboxesTest {

    private static final List<String> MAILBOXES = List.of("ann@contoso.com", "bob@contoso.com", "carol@contoso.com");

    @TempDir
    Path dir;

    @Test
    void eachMailboxResumesFromItsOwnCursorAfterARestart() throws Exception {
        Path state = dir.resolve("state.dat");
        try (AppOnlyTenant tenant = AppOnlyTenant.start(MAILBOXES, 6)) {
            List<String> first = new CopyOnWriteArrayList<>();
            ManyMailboxes.syncUntilCaughtUp(tenant, state, collect(first));
            assertThat(first).hasSize(18).allMatch(change -> change.contains(" created "));
            assertThat(first).filteredOn(change -> change.startsWith("bob@contoso.com ")).hasSize(6);

            Map<String, String> changed = tenant.changeOneContactEach();
            List<String> afterRestart = new CopyOnWriteArrayList<>();
            ManyMailboxes.syncUntilCaughtUp(tenant, state, collect(afterRestart));
            assertThat(afterRestart).containsExactlyInAnyOrderElementsOf(
                    changed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());

            List<String> nothingNew = new CopyOnWriteArrayList<>();
            ManyMailboxes.syncUntilCaughtUp(tenant, state, collect(nothingNew));
            assertThat(nothingNew).isEmpty();
            // One token per context: the routes share the app's credentials, hence one msal4j application.
            assertThat(tenant.emulator().identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(3);
        }
    }

    @Test
    void aMailboxThatIsNotAUpnIsAOneLineError() {
        assertThat(PipelineMain.execute(new ManyMailboxes(), new String[] { "--mailboxes", "ann@contoso.com,bob&x=1" }))
                .isEqualTo(1);
    }

    private static Processor collect(List<String> into) {
        return (Exchange e) -> into.add(e.getMessage().getHeader(OutlookContactsConstants.USER, String.class) + " "
                                        + e.getMessage().getHeader(OutlookContactsConstants.CHANGE_TYPE) + " "
                                        + e.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID));
    }
}
