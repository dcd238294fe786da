package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.sync.ChangeType;
import io.github.outlookcontacts.sync.ContactChange;
import io.github.outlookcontacts.sync.CursorStore;
import io.github.outlookcontacts.sync.OwnWrites;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A producer with a stateRepository marks each write it made (the changeKey Graph answered, or the delete), single
 * and Collection alike, so a consumer sharing the repository recognises the echo; a user's edit afterwards is not an
 * echo. A producer without a stateRepository marks nothing.
 */
class OwnWriteMarksTest extends EmulatorProducerSupport {

    private static final MemoryStateRepository STATE = new MemoryStateRepository();
    private static final OwnWrites MARKS = new OwnWrites(new CursorStore() {
        @Override
        public String get(String key) {
            return STATE.getState(key);
        }

        @Override
        public void put(String key, String value) {
            STATE.setState(key, value);
        }
    });

    @BeforeAll
    static void bindState() {
        context.getRegistry().bind("state", STATE);
    }

    private static boolean echo(ChangeType type, Contact contact) {
        return MARKS.isEcho(Mailbox.of("me"), new ContactChange(type, null, contact, null));
    }

    @Test
    void everyWriteIsMarkedAndAUsersEditIsNot() {
        String opts = "folder=" + newFolder("me") + "&stateRepository=#state";
        Contact created = (Contact) call("create", opts, Map.of("givenName", "Ann"), null);
        assertThat(echo(ChangeType.CREATED, created)).isTrue();

        Contact updated = (Contact) call("update", opts, Map.of("jobTitle", "CEO"), id(created.getId()));
        assertThat(echo(ChangeType.UPDATED, updated)).isTrue();
        assertThat(echo(ChangeType.UPDATED, created)).as("an earlier version is no echo any more").isFalse();

        Contact upserted = (Contact) call("upsert", opts, Map.of("givenName", "Bo"),
                Map.of(OutlookContactsConstants.EXTERNAL_ID, "crm-bo"));
        assertThat(echo(ChangeType.CREATED, upserted)).isTrue();

        var edited = emulator.store().updateContact(Principal.DEFAULT_USER, updated.getId(), "{\"jobTitle\":\"CTO\"}");
        Contact byUser = (Contact) call("get", opts, updated.getId(), null);
        assertThat(byUser.getChangeKey()).isEqualTo(edited.changeKey());
        assertThat(echo(ChangeType.UPDATED, byUser)).isFalse();

        List<OutlookContactsOutcome> batch = DryRunTest.outcomes(send("create", opts,
                List.of(Map.of("givenName", "C1"), Map.of("givenName", "C2")), null));
        batch.forEach(o -> assertThat(echo(ChangeType.CREATED, o.getContact())).isTrue());

        call("delete", opts, upserted.getId(), null);
        assertThat(echo(ChangeType.DELETED, Contact.ofId(upserted.getId()))).isTrue();
        DryRunTest.outcomes(send("delete", opts, List.of(batch.get(0).getContactId()), null));
        assertThat(echo(ChangeType.DELETED, Contact.ofId(batch.get(0).getContactId()))).isTrue();
        assertThat(echo(ChangeType.DELETED, Contact.ofId(created.getId()))).isFalse();
    }

    @Test
    void withoutAStateRepositoryNothingIsMarked() {
        Contact created = (Contact) call("create", "folder=" + newFolder("me"), Map.of("givenName", "Dee"), null);
        assertThat(echo(ChangeType.CREATED, created)).isFalse();
    }
}
