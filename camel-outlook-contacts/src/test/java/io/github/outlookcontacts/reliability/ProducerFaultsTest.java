package io.github.outlookcontacts.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.outlookcontacts.camel.producer.OutlookContactsOutcome;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 5,000-item upsert by external id (a Collection body, so {@code $batch}) while the emulator fails 20 % of the
 * requests and sub-requests: one outcome per item in order, every failure with its error, no item twice at the
 * emulator; a second run of the failed records fixes them without creating any twice (some were written although
 * their answer was lost: they come back {@code unchanged}).
 */
class ProducerFaultsTest {

    private static final String USER = Principal.DEFAULT_USER;
    private static final String EXTERNAL_ID_PROPERTY =
            "String {00020329-0000-0000-C000-000000000046} Name CamelOutlookContactsExternalId";
    private static final int ITEMS = Integer.getInteger("reliability.upsertItems", 5_000);

    private GraphEmulator emulator;
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().port(0).requestBudget(10_000_000, Duration.ofMinutes(10)).build().start();
        emulator.store().mailbox(USER);
        camel = new DefaultCamelContext();
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        emulator.close();
    }

    @Test
    void fiveThousandUpsertsUnderTwentyPercentFaultsExistOnceAndEveryOutcomeIsReported() {
        String folderId = emulator.store().ensureFolderPath(USER, "Upserts");
        String uri = "outlook-contacts:upsert?baseUrl=" + emulator.baseUrl() + "&accessToken=upsert-test"
                     + "&folder=Upserts&maxRetryDelay=200"
                     // some 11,000 requests in a minute or two: over Graph's 10,000 per 10 minutes, to which the
                     // component would pace itself (RequestBudgetTest); this test is about faults, not the budget
                     + "&requestBudget=0";
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            records.add(Map.of("givenName", "item-" + i, "surname", "Upsert", "singleValueExtendedProperties",
                    List.of(Map.of("id", EXTERNAL_ID_PROPERTY, "value", "ext-" + i))));
        }
        upsert(uri, records.subList(0, 1)); // resolves and caches the folder before the faults start

        emulator.faults().seed(SoakSettings.seed()).rate(0.2).retryAfterSeconds(1).errors(FaultKind.THROTTLED,
                FaultKind.THROTTLED_NO_RETRY_AFTER, FaultKind.INTERNAL_ERROR, FaultKind.BAD_GATEWAY,
                FaultKind.SERVICE_UNAVAILABLE, FaultKind.SERVICE_UNAVAILABLE_NO_RETRY_AFTER,
                FaultKind.GATEWAY_TIMEOUT, FaultKind.DROP_CONNECTION, FaultKind.TRUNCATED_BODY);
        long started = System.nanoTime();
        List<OutlookContactsOutcome> first = upsert(uri, records);
        long firstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long injected = emulator.faults().injectedTotal();
        long requests = emulator.throttling().totalRequests();

        assertOneOutcomePerItemInOrder(first);
        List<OutlookContactsOutcome> failed = first.stream().filter(o -> !o.isSuccess()).toList();
        assertThat(failed).allSatisfy(o -> {
            assertThat(o.getError()).isNotNull();
            assertThat(o.getErrorMessage()).isNotBlank();
            assertThat(o.getContactId()).isNull();
        });
        Map<String, List<ContactEntry>> byName = contactsByGivenName(folderId);
        assertThat(byName.values()).as("contacts created twice").allSatisfy(c -> assertThat(c).hasSize(1));
        first.stream().filter(OutlookContactsOutcome::isSuccess).forEach(o -> assertThat(byName.get("item-"
                + o.getIndex())).as("item %d", o.getIndex()).extracting(ContactEntry::id)
                .containsExactly(o.getContactId()));

        // The second run sends again what failed, as a pipeline retrying its failures would.
        emulator.faults().rate(0);
        List<Map<String, Object>> retried = failed.stream().map(o -> records.get(o.getIndex())).toList();
        started = System.nanoTime();
        List<OutlookContactsOutcome> second = upsert(uri, retried);
        long secondMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(second).hasSize(failed.size());
        assertThat(second).allSatisfy(o -> assertThat(o.isSuccess()).as("item %d: %s", o.getIndex(),
                o.getErrorMessage()).isTrue());
        Map<String, List<ContactEntry>> after = contactsByGivenName(folderId);
        assertThat(after).hasSize(ITEMS);
        assertThat(after.values()).as("contacts created twice").allSatisfy(c -> assertThat(c).hasSize(1));

        Map<String, Long> failuresByStatus = failed.stream().collect(Collectors.groupingBy(
                o -> String.valueOf(o.getStatus()), TreeMap::new, Collectors.counting()));
        Map<String, Long> fixedAs = second.stream().collect(Collectors.groupingBy(
                OutlookContactsOutcome::getUpsertResult, TreeMap::new, Collectors.counting()));
        System.out.printf("producer: %d upserts under 20%% faults in %d s: %d requests, %d faults injected, %d items"
                          + " failed %s; second run of the failed ones (no faults, %d s): %s, %d contacts, none twice%n", ITEMS,
                firstMillis / 1000, requests, injected, failed.size(), failuresByStatus, secondMillis / 1000, fixedAs,
                after.size());
    }

    @SuppressWarnings("unchecked")
    private List<OutlookContactsOutcome> upsert(String uri, List<Map<String, Object>> records) {
        return template.requestBody(uri, new ArrayList<>(records), List.class);
    }

    private static void assertOneOutcomePerItemInOrder(List<OutlookContactsOutcome> outcomes) {
        assertThat(outcomes).hasSize(ITEMS);
        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i).getIndex()).isEqualTo(i);
        }
    }

    private Map<String, List<ContactEntry>> contactsByGivenName(String folderId) {
        return emulator.store().contacts(USER, folderId).stream()
                .collect(Collectors.groupingBy(c -> c.properties().path("givenName").asText(), TreeMap::new,
                        Collectors.mapping(Function.identity(), Collectors.toList())));
    }
}
