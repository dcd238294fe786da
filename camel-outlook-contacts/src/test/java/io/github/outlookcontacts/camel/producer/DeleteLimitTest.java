package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.sync.DeleteLimitExceededException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * maxDeletesPerRound on a delete collection: over the limit (a count, or a percentage of the folder) the whole
 * collection is refused before any DELETE; within it, everything is deleted.
 */
class DeleteLimitTest extends EmulatorProducerSupport {

    private static List<String> seed(String opts, int n) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            contacts.add(Map.of("givenName", "P" + i));
        }
        List<String> ids = new ArrayList<>();
        DryRunTest.outcomes(send("create", opts, contacts, null)).forEach(o -> ids.add(o.getContactId()));
        return ids;
    }

    @Test
    void aPercentageOverTheFolderRefusesTheWholeCollectionBeforeAnyDelete() {
        String opts = "folder=" + newFolder("me");
        List<String> ids = seed(opts, 40);
        long deletes = emulator.throttling().requestCount("DELETE");
        Throwable refused = failure(() -> send("delete", opts + "&maxDeletesPerRound=10%", ids.subList(0, 5), null));
        assertThat(refused).isInstanceOf(DeleteLimitExceededException.class)
                .hasMessageContaining("would delete 5 contacts").hasMessageContaining("maxDeletesPerRound=10%")
                .hasMessageContaining("4 of the folder's 40").hasMessageContaining("nothing was deleted");
        assertThat(emulator.throttling().requestCount("DELETE")).isEqualTo(deletes);
        assertThat(list(opts)).hasSize(40);

        assertThat(failure(() -> send("delete", opts + "&maxDeletesPerRound=4&dryRun=true", ids.subList(0, 5), null)))
                .isInstanceOf(DeleteLimitExceededException.class);

        List<OutlookContactsOutcome> done = DryRunTest.outcomes(
                send("delete", opts + "&maxDeletesPerRound=10%", ids.subList(0, 4), null));
        assertThat(done).allMatch(OutlookContactsOutcome::isSuccess);
        assertThat(list(opts)).extracting(Contact::getId).doesNotContainAnyElementsOf(ids.subList(0, 4)).hasSize(36);
    }

    @Test
    void aBadLimitIsRejectedNamingTheOption() {
        assertThatThrownBy(() -> send("delete", "maxDeletesPerRound=ten", List.of("a"), null))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasStackTraceContaining("maxDeletesPerRound='ten'")
                .hasStackTraceContaining("a percentage of the folder such as 10%");
    }
}
