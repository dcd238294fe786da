package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.validation.ContactValidationException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Collection body through {@code $batch} against the emulator, with invalid items and injected 429s on the
 * sub-requests: every valid item is created exactly once, every invalid one is reported with its reason, in input
 * order.
 */
class BatchCreateTest extends EmulatorProducerSupport {

    /** Every 20th item is invalid (5%), in one of three ways. */
    private static Object item(int i) {
        if (i % 20 == 7) {
            return switch ((i / 20) % 3) {
                case 0 -> Map.of("jobTitle", "nobody " + i);
                case 1 -> Map.of("givenName", "Too many " + i, "businessPhones", List.of("1", "2", "3"));
                default -> "{\"givenName\":\"Typo " + i + "\",\"surnme\":\"x\"}";
            };
        }
        Map<String, Object> c = new HashMap<>();
        c.put("givenName", "Batch");
        c.put("surname", "Person" + i);
        c.put("emailAddresses", List.of(Map.of("address", "batch" + i + "@example.com")));
        return c;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aThousandCreatesWithInvalidItemsAndInjectedThrottling() {
        String folder = newFolder("me");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(item(i));
        }
        emulator.faults().rate(0.10).errors(FaultKind.THROTTLED).retryAfterSeconds(1).onlyMethods("POST")
                .onlyPathsContaining("/contacts").seed(42);

        List<OutlookContactsOutcome> outcomes = (List<OutlookContactsOutcome>) call("create",
                "folder=" + folder + "&maxConcurrentRequests=4", items, null);

        long injected = emulator.faults().injected(FaultKind.THROTTLED);
        long throttledByLimits = emulator.throttling().throttledRequests();
        long contactPosts = emulator.throttling().requestCount("POST", "/contacts");
        emulator.faults().rate(0);
        LoggerFactory.getLogger(BatchCreateTest.class).info("1000 creates: {} injected 429s, {} limit 429s, {} contact"
                + " POST sub-requests, {} $batch envelopes", injected, throttledByLimits, contactPosts,
                emulator.throttling().requestCount("POST", "/$batch"));
        assertThat(injected).as("429s injected on sub-requests").isGreaterThan(50);
        assertThat(emulator.throttling().maxConcurrencyObserved("me@emulator.local")).as("in flight on the mailbox")
                .isLessThanOrEqualTo(4);
        assertThat(outcomes).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            OutlookContactsOutcome o = outcomes.get(i);
            assertThat(o.getIndex()).isEqualTo(i);
            if (i % 20 == 7) {
                assertThat(o.isSuccess()).as("item %d", i).isFalse();
                assertThat(o.getError()).isInstanceOf(ContactValidationException.class);
                assertThat(o.getStatus()).isZero();
                assertThat(o.getErrorMessage()).containsAnyOf("needs a name", "businessPhones: has 3 entries",
                        "surnme: not a Graph contact property; did you mean 'surname'?");
            } else {
                assertThat(o.isSuccess()).as("item %d: %s", i, o).isTrue();
                assertThat(o.getContact().getSurname()).isEqualTo("Person" + i);
            }
        }
        // each valid item exists exactly once in the folder
        Map<String, Long> bySurname = list("folder=" + folder).stream()
                .collect(Collectors.groupingBy(Contact::getSurname, Collectors.counting()));
        assertThat(bySurname).hasSize(950).allSatisfy((surname, count) -> assertThat(count).isEqualTo(1L));
        // sub-request POSTs = one per valid item + one per 429 (injected or from the emulator's limits), each retried
        assertThat(contactPosts).isEqualTo(950 + injected + throttledByLimits);
    }

    @Test
    @SuppressWarnings("unchecked")
    void collectionDeleteReportsEachItem() {
        String folder = newFolder("me");
        Contact a = (Contact) call("create", "folder=" + folder, Map.of("givenName", "A"), null);
        Contact b = (Contact) call("create", "folder=" + folder, Map.of("givenName", "B"), null);
        List<OutlookContactsOutcome> outcomes = (List<OutlookContactsOutcome>) call("delete", "",
                List.of(a.getId(), "AAMkAGI2THk0AAA=", Map.of("givenName", "no id"), b), null);
        assertThat(outcomes).extracting(OutlookContactsOutcome::isSuccess).containsExactly(true, false, false, true);
        assertThat(outcomes.get(1).getError()).isInstanceOf(GraphNotFoundException.class);
        assertThat(outcomes.get(1).getStatus()).isEqualTo(404);
        assertThat(outcomes.get(1).getErrorCode()).isEqualTo("ErrorItemNotFound");
        assertThat(outcomes.get(2).getErrorMessage()).contains("item 2 has no contact id");
        assertThat(outcomes.get(3).getContactId()).isEqualTo(b.getId());
        assertThat(list("folder=" + folder)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void modelMapAndJsonItemsMixInOneCollection() {
        String folder = newFolder("me");
        Contact model = new Contact();
        model.setGivenName("Model");
        List<OutlookContactsOutcome> outcomes = (List<OutlookContactsOutcome>) call("create", "folder=" + folder,
                List.of(model, Map.of("givenName", "Map"), "{\"givenName\":\"Json\"}"), null);
        assertThat(outcomes).extracting(o -> o.getContact().getGivenName()).containsExactly("Model", "Map", "Json");
        assertThat(list("folder=" + folder)).extracting(Contact::getGivenName)
                .containsExactlyInAnyOrder("Model", "Map", "Json");
        Function<OutlookContactsOutcome, String> folderOf = o -> o.getContact().getParentFolderId();
        assertThat(outcomes).extracting(folderOf).containsOnly(folder("me", folder).getId());
    }
}
