package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.graph.upsert.AmbiguousMatchException;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * upsert against the emulator: created / updated / unchanged, no PATCH when nothing differs (counted at the server),
 * matching by external id and by email, and idempotence for single messages and 1,000-item collections.
 */
class UpsertTest extends EmulatorProducerSupport {

    static final String KEY_PROPERTY = ProducerConfiguration.DEFAULT_EXTERNAL_ID_PROPERTY;

    private static Exchange upsert(String options, Object body, String externalId) {
        return send("upsert", options, body,
                externalId == null ? null : Map.of(OutlookContactsConstants.EXTERNAL_ID, externalId));
    }

    private static String result(Exchange e) {
        return e.getMessage().getHeader(OutlookContactsConstants.UPSERT_RESULT, String.class);
    }

    /** A record as a CRM would send it: the external id travels in the contact's own extended property. */
    static Map<String, Object> record(int i, String title) {
        return Map.of("givenName", "Person", "surname", "No" + i, "jobTitle", title,
                "emailAddresses", List.of(Map.of("name", "Person " + i, "address", "person" + i + "@example.com")),
                "businessPhones", List.of("+1 555 " + i),
                "singleValueExtendedProperties", List.of(Map.of("id", KEY_PROPERTY, "value", "crm-" + i)));
    }

    @Test
    void createdThenUnchangedWithoutAnyWriteThenUpdatedWithOnlyTheDifference() {
        String opts = "folder=" + newFolder("me");
        Map<String, Object> ann = Map.of("givenName", "Ann", "surname", "Lee", "jobTitle", "CEO",
                "emailAddresses", List.of(Map.of("address", "ann@example.com")));

        Exchange first = upsert(opts, ann, "crm-ann");
        assertThat(result(first)).isEqualTo("created");
        String id = first.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID, String.class);

        long posts = emulator.throttling().requestCount("POST");
        long patches = emulator.throttling().requestCount("PATCH");
        Exchange second = upsert(opts, ann, "crm-ann");
        assertThat(result(second)).isEqualTo("unchanged");
        assertThat(second.getMessage().getBody(Contact.class).getId()).isEqualTo(id);
        assertThat(emulator.throttling().requestCount("POST")).isEqualTo(posts);
        assertThat(emulator.throttling().requestCount("PATCH")).isEqualTo(patches);

        Exchange third = upsert(opts, Map.of("givenName", "Ann", "surname", "Lee", "jobTitle", "CTO",
                "emailAddresses", List.of(Map.of("address", "ann@example.com"))), "crm-ann");
        assertThat(result(third)).isEqualTo("updated");
        assertThat(third.getMessage().getBody(Contact.class).getJobTitle()).isEqualTo("CTO");
        assertThat(emulator.throttling().requestCount("PATCH")).isEqualTo(patches + 1);
        assertThat(list(opts)).hasSize(1);

        // the key is stored on the contact in the single-value extended property, so Graph finds it by $filter
        String filter = "singleValueExtendedProperties/any(ep: ep/id eq '" + KEY_PROPERTY + "' and ep/value eq 'crm-ann')";
        assertThat(list(opts + "&filter=RAW(" + filter + ")")).extracting(Contact::getId).containsExactly(id);
    }

    @Test
    void matchOnEmailIgnoresCase() {
        String opts = "folder=" + newFolder("me") + "&matchOn=email";
        Exchange created = upsert(opts, Map.of("givenName", "Bo", "emailAddresses",
                List.of(Map.of("address", "Bo.Smith@Example.com"))), null);
        assertThat(result(created)).isEqualTo("created");
        Exchange again = upsert(opts, Map.of("givenName", "Bo", "emailAddresses",
                List.of(Map.of("address", "bo.smith@EXAMPLE.COM"))), null);
        assertThat(result(again)).isEqualTo("unchanged");
        Exchange updated = upsert(opts, Map.of("givenName", "Bo", "surname", "Smith", "emailAddresses",
                List.of(Map.of("address", "BO.SMITH@example.com"))), null);
        assertThat(result(updated)).isEqualTo("updated");
        assertThat(list(opts)).hasSize(1).first().extracting(Contact::getSurname).isEqualTo("Smith");
    }

    @Test
    void twoMatchesAreRefusedNamingBothIds() {
        String opts = "folder=" + newFolder("me");
        Contact a = (Contact) call("create", opts, Map.of("givenName", "A", "emailAddresses",
                List.of(Map.of("address", "dup@example.com"))), null);
        Contact b = (Contact) call("create", opts, Map.of("givenName", "B", "emailAddresses",
                List.of(Map.of("address", "dup@example.com"))), null);
        Throwable error = failure(() -> upsert(opts + "&matchOn=email", Map.of("givenName", "C", "emailAddresses",
                List.of(Map.of("address", "dup@example.com"))), null));
        assertThat(error).isInstanceOf(AmbiguousMatchException.class)
                .hasMessageContaining(a.getId()).hasMessageContaining(b.getId());
        assertThat(list(opts)).hasSize(2);
    }

    @Test
    void singleMessagesUpsertedTwiceMakeNoDuplicatesAndNoWrites() {
        String opts = "folder=" + newFolder("me");
        for (int i = 0; i < 40; i++) {
            assertThat(result(upsert(opts, record(i, "Engineer"), null))).isEqualTo("created");
        }
        long writes = emulator.throttling().requestCount("POST") + emulator.throttling().requestCount("PATCH");
        for (int i = 0; i < 40; i++) {
            assertThat(result(upsert(opts, record(i, "Engineer"), null))).isEqualTo("unchanged");
        }
        assertThat(emulator.throttling().requestCount("POST") + emulator.throttling().requestCount("PATCH"))
                .isEqualTo(writes);
        assertThat(list(opts)).hasSize(40);
    }

    @Test
    void concurrentUpsertsOfOneRecordCreateOneContact() throws Exception {
        String opts = "folder=" + newFolder("me");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> result(upsert(opts, record(7, "Same"), null))));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsOnlyOnce("created").contains("unchanged");
        } finally {
            pool.shutdownNow();
        }
        assertThat(list(opts)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aThousandRecordsUpsertedTwiceAsCollectionsGiveAThousandContactsAndNoPatch() {
        String opts = "folder=" + newFolder("me");
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            records.add(record(i, "Engineer"));
        }
        List<OutlookContactsOutcome> first = (List<OutlookContactsOutcome>) call("upsert", opts, records, null);
        assertThat(first).hasSize(1000).allMatch(OutlookContactsOutcome::isSuccess)
                .extracting(OutlookContactsOutcome::getUpsertResult).containsOnly("created");

        emulator.resetFaultsAndCounters();
        List<OutlookContactsOutcome> second = (List<OutlookContactsOutcome>) call("upsert", opts, records, null);
        assertThat(second).hasSize(1000).allMatch(OutlookContactsOutcome::isSuccess)
                .extracting(OutlookContactsOutcome::getUpsertResult).containsOnly("unchanged");
        for (int i = 0; i < 1000; i++) {
            assertThat(second.get(i).getIndex()).isEqualTo(i);
            assertThat(second.get(i).getContactId()).isEqualTo(first.get(i).getContactId());
        }
        LoggerFactory.getLogger(UpsertTest.class).info("1000 upserts, pass 2: {} PATCH, {} contact POST, {} GET, {} $batch",
                emulator.throttling().requestCount("PATCH"), emulator.throttling().requestCount("POST", "/contacts"),
                emulator.throttling().requestCount("GET", "/contacts"), emulator.throttling().requestCount("POST", "/$batch"));
        assertThat(emulator.throttling().requestCount("PATCH")).as("PATCH requests in pass 2").isZero();
        assertThat(emulator.throttling().requestCount("POST", "/contacts")).as("contact POSTs in pass 2").isZero();
        assertThat(emulator.throttling().requestCount("GET", "/contacts")).as("lookups in pass 2").isGreaterThanOrEqualTo(1000);
        assertThat(list(opts)).hasSize(1000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void repeatedKeysInOneCollectionAreAppliedInOrderNotTwiceCreated() {
        String opts = "folder=" + newFolder("me");
        List<Object> items = List.of(record(1, "First"), record(2, "Other"), record(1, "Second"), record(1, "Third"));
        List<OutlookContactsOutcome> outcomes = (List<OutlookContactsOutcome>) call("upsert", opts, items, null);
        assertThat(outcomes).extracting(OutlookContactsOutcome::getUpsertResult)
                .containsExactly("created", "created", "updated", "updated");
        assertThat(outcomes.get(0).getContactId()).isEqualTo(outcomes.get(2).getContactId())
                .isEqualTo(outcomes.get(3).getContactId());
        assertThat(list(opts)).hasSize(2).extracting(Contact::getJobTitle).containsExactlyInAnyOrder("Third", "Other");
    }
}
