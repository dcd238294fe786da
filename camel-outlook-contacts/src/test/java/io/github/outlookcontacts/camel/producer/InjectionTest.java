package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids and filter values from messages can never reach another URL or alter a filter: an id is one percent-encoded
 * path segment, a filter value one OData string literal.
 */
class InjectionTest extends EmulatorProducerSupport {

    private static final String EVIL_ID = "a/../b?x=1";
    private static final String ENCODED_EVIL_ID = "a%2F%2E%2E%2Fb%3Fx%3D1";
    private static final String EVIL_VALUE = "x' or 1 eq 1 or 'a";

    @Test
    void anIdWithPathAndQueryCharactersAddressesOnlyThatExactId() {
        Contact victim = (Contact) call("create", "", Map.of("givenName", "Victim"), null);
        for (String op : List.of("get", "delete", "getPhoto")) {
            Throwable error = failure(() -> call(op, "", null, id(EVIL_ID)));
            assertThat(error).as(op).isInstanceOf(GraphNotFoundException.class);
        }
        Throwable update = failure(() -> call("update", "", Map.of("jobTitle", "pwned"), id(EVIL_ID)));
        assertThat(update).isInstanceOf(GraphNotFoundException.class);
        // the server saw the id as one segment, never /me/b or a query parameter
        assertThat(emulator.throttling().requestCount("GET", "/me/contacts/" + ENCODED_EVIL_ID)).isEqualTo(2);
        assertThat(emulator.throttling().requestCount("DELETE", "/me/contacts/" + ENCODED_EVIL_ID)).isEqualTo(1);
        assertThat(emulator.throttling().requestCount("PATCH", "/me/contacts/" + ENCODED_EVIL_ID)).isEqualTo(1);
        assertThat(emulator.throttling().requestCount("GET", "/me/b")).isZero();
        assertThat(((Contact) call("get", "", victim.getId(), null)).getJobTitle()).isNull();

        @SuppressWarnings("unchecked")
        List<OutlookContactsOutcome> batch = (List<OutlookContactsOutcome>) call("delete", "",
                List.of(EVIL_ID, "b"), null);
        assertThat(batch).allSatisfy(o -> assertThat(o.getError()).isInstanceOf(GraphNotFoundException.class));
        assertThat(call("get", "", victim.getId(), null)).isNotNull();
    }

    @Test
    void aQuoteInAnExternalIdMatchesNothingButItself() {
        String opts = "folder=" + newFolder("me");
        Exchange other = send("upsert", opts, Map.of("givenName", "Other"),
                Map.of(OutlookContactsConstants.EXTERNAL_ID, "crm-other"));
        Exchange evil = send("upsert", opts, Map.of("givenName", "Evil"),
                Map.of(OutlookContactsConstants.EXTERNAL_ID, EVIL_VALUE));
        assertThat(evil.getMessage().getHeader(OutlookContactsConstants.UPSERT_RESULT)).isEqualTo("created");
        assertThat(evil.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID))
                .isNotEqualTo(other.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID));
        Exchange again = send("upsert", opts, Map.of("givenName", "Evil"),
                Map.of(OutlookContactsConstants.EXTERNAL_ID, EVIL_VALUE));
        assertThat(again.getMessage().getHeader(OutlookContactsConstants.UPSERT_RESULT)).isEqualTo("unchanged");
        assertThat(list(opts)).extracting(Contact::getGivenName).containsExactlyInAnyOrder("Other", "Evil");
        assertThat(((Contact) call("get", "", other.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID),
                null)).getGivenName()).isEqualTo("Other");
    }

    @Test
    void aQuoteInAnEmailMatchesNothing() {
        String opts = "folder=" + newFolder("me") + "&matchOn=email";
        send("upsert", opts, Map.of("givenName", "Real", "emailAddresses", List.of(Map.of("address", "real@x.com"))),
                null);
        Exchange evil = send("upsert", opts, Map.of("givenName", "Evil", "emailAddresses",
                List.of(Map.of("address", EVIL_VALUE + "@x.com"))), null);
        assertThat(evil.getMessage().getHeader(OutlookContactsConstants.UPSERT_RESULT)).isEqualTo("created");
        assertThat(list(opts)).extracting(Contact::getGivenName).containsExactlyInAnyOrder("Real", "Evil");
    }
}
