package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.graph.GraphConflictException;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * conflictPolicy against a contact edited at the emulator between the caller's read and its write: fail raises the
 * concurrency error, targetWins keeps Outlook's edit and reports skipped, sourceWins re-reads and applies the
 * caller's fields over Outlook's edit (which survives in the fields the caller did not send).
 */
class ConflictPolicyTest extends EmulatorProducerSupport {

    private static final String USER = Principal.DEFAULT_USER;

    /** Creates a contact, reads it (the caller's etag), then edits it at the emulator as a user in Outlook would. */
    private static Contact readThenEditedInOutlook(String opts) {
        Contact created = (Contact) call("create", opts, Map.of("givenName", "Ann", "surname", "Lee",
                "jobTitle", "CEO", "emailAddresses", List.of(Map.of("address", "ann@example.com"))), null);
        Contact read = (Contact) call("get", opts, created.getId(), null);
        emulator.store().updateContact(USER, read.getId(), "{\"department\":\"Sales\",\"jobTitle\":\"CFO\"}");
        return read;
    }

    private static Exchange update(String opts, Contact read, Map<String, Object> fields) {
        return send("update", opts, fields, Map.of(OutlookContactsConstants.CONTACT_ID, read.getId(),
                OutlookContactsConstants.ETAG, read.getETag()));
    }

    private static Contact current(String id) {
        return (Contact) call("get", "", id, null);
    }

    @Test
    void failRaisesTheConcurrencyErrorAndWritesNothing() {
        String opts = "folder=" + newFolder("me");
        Contact read = readThenEditedInOutlook(opts);
        Throwable conflict = failure(() -> update(opts + "&conflictPolicy=fail", read, Map.of("jobTitle", "CTO")));
        assertThat(conflict).isInstanceOf(GraphConflictException.class).hasMessageContaining("Concurrency conflict");
        assertThat(current(read.getId()).getJobTitle()).isEqualTo("CFO");
    }

    @Test
    void targetWinsKeepsOutlooksVersionAndReportsSkipped() {
        String opts = "folder=" + newFolder("me");
        Contact read = readThenEditedInOutlook(opts);
        long patches = emulator.throttling().requestCount("PATCH");
        Exchange result = update(opts + "&conflictPolicy=targetWins", read, Map.of("jobTitle", "CTO"));
        assertThat(result.getMessage().getHeader(OutlookContactsConstants.WRITE_RESULT)).isEqualTo("skipped");
        assertThat(result.getMessage().getBody(Contact.class).getJobTitle()).isEqualTo("CFO");
        assertThat(current(read.getId()).getJobTitle()).isEqualTo("CFO");
        assertThat(emulator.throttling().requestCount("PATCH")).isEqualTo(patches + 1); // the refused If-Match one
    }

    @Test
    void sourceWinsReReadsAndAppliesTheCallersFields() {
        String opts = "folder=" + newFolder("me");
        Contact read = readThenEditedInOutlook(opts);
        Exchange result = update(opts + "&conflictPolicy=sourceWins", read, Map.of("jobTitle", "CTO"));
        assertThat(result.getMessage().getHeader(OutlookContactsConstants.WRITE_RESULT)).isEqualTo("updated");
        Contact now = current(read.getId());
        assertThat(now.getJobTitle()).isEqualTo("CTO");
        assertThat(now.getDepartment()).isEqualTo("Sales");
    }

    @Test
    void upsertFollowsThePolicyWithTheCallersEtag() {
        String opts = "folder=" + newFolder("me") + "&matchOn=email";
        Contact read = readThenEditedInOutlook(opts);
        Map<String, Object> record = Map.of("givenName", "Ann", "surname", "Lee", "jobTitle", "CTO",
                "emailAddresses", List.of(Map.of("address", "ann@example.com")));
        Map<String, Object> etag = Map.of(OutlookContactsConstants.ETAG, read.getETag());

        assertThat(failure(() -> send("upsert", opts, record, etag))).isInstanceOf(GraphConflictException.class);
        Exchange kept = send("upsert", opts + "&conflictPolicy=targetWins", record, etag);
        assertThat(kept.getMessage().getHeader(OutlookContactsConstants.UPSERT_RESULT)).isEqualTo("skipped");
        assertThat(current(read.getId()).getJobTitle()).isEqualTo("CFO");

        Exchange won = send("upsert", opts + "&conflictPolicy=sourceWins", record, etag);
        assertThat(won.getMessage().getHeader(OutlookContactsConstants.UPSERT_RESULT)).isEqualTo("updated");
        assertThat(current(read.getId()).getJobTitle()).isEqualTo("CTO");
        assertThat(current(read.getId()).getDepartment()).isEqualTo("Sales");
    }

    @Test
    void aFreshEtagIsNoConflictUnderAnyPolicy() {
        String opts = "folder=" + newFolder("me");
        Contact read = readThenEditedInOutlook(opts);
        Contact fresh = current(read.getId());
        Exchange result = update(opts + "&conflictPolicy=targetWins", fresh, Map.of("jobTitle", "CTO"));
        assertThat(result.getMessage().getHeader(OutlookContactsConstants.WRITE_RESULT)).isEqualTo("updated");
        assertThat(current(read.getId()).getJobTitle()).isEqualTo("CTO");
    }
}
