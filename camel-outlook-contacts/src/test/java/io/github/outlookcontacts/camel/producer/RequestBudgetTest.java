package io.github.outlookcontacts.camel.producer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.throttle.ThrottleSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-mailbox request budget against the emulator's Outlook-like budget (Retry-After enforced, so a client that
 * goes early is punished): creates well over one window's budget finish with almost no 429s, each contact created
 * exactly once, and two routes on one mailbox share the one budget instead of each spending a whole one.
 */
class RequestBudgetTest extends EmulatorProducerSupport {

    private static final int BUDGET = 100;
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private static final String BUDGETED = "requestBudget=" + BUDGET + "&requestBudgetWindow=" + WINDOW.toMillis();

    private String folder;

    @BeforeEach
    void budgetAtTheEmulator() {
        // Made through the budgeted endpoint options, so every request to the mailbox is in the component's budget.
        String name = "budget-" + System.nanoTime();
        call("createFolder", BUDGETED, null, Map.of(OutlookContactsConstants.FOLDER_NAME, name));
        folder = name;
        ThrottleSettings limits = emulator.throttling().settings();
        emulator.resetFaultsAndCounters(); // a fresh budget window at the emulator
        emulator.throttling().settings(limits.withBudget(BUDGET, WINDOW));
        emulator.throttling().enforceRetryAfter(true);
    }

    @Test
    void createsOverThreeWindowsOfBudgetAreAlmostNeverThrottledAndEachIsCreatedOnce() {
        List<OutlookContactsOutcome> outcomes = create("one", 300);

        assertThat(outcomes).allMatch(OutlookContactsOutcome::isSuccess);
        assertCreatedOnce("one", 300);
        assertUnderOnePercentThrottled();
    }

    @Test
    void twoRoutesOnOneMailboxShareTheBudget() {
        CompletableFuture<List<OutlookContactsOutcome>> a = CompletableFuture.supplyAsync(() -> create("a", 150));
        CompletableFuture<List<OutlookContactsOutcome>> b = CompletableFuture.supplyAsync(() -> create("b", 150));

        assertThat(a.join()).allMatch(OutlookContactsOutcome::isSuccess);
        assertThat(b.join()).allMatch(OutlookContactsOutcome::isSuccess);
        assertCreatedOnce("a", 150);
        assertCreatedOnce("b", 150);
        // Each alone would spend a whole budget per window: together 200 per window against the emulator's 100.
        assertUnderOnePercentThrottled();
    }

    @SuppressWarnings("unchecked")
    private List<OutlookContactsOutcome> create(String prefix, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("givenName", prefix, "surname", "Budget" + i));
        }
        return (List<OutlookContactsOutcome>) call("create", BUDGETED + "&folder=" + folder, items, null);
    }

    private void assertCreatedOnce(String prefix, int count) {
        String user = Principal.DEFAULT_USER;
        String folderId = emulator.store().folderIdByPath(user, folder);
        Map<String, Long> bySurname = emulator.store().folder(user, folderId).contacts().stream()
                .map(ContactEntry::properties)
                .filter(json -> prefix.equals(json.path("givenName").asText()))
                .collect(Collectors.groupingBy(json -> json.path("surname").asText(), Collectors.counting()));
        assertThat(bySurname).hasSize(count);
        assertThat(bySurname.values()).allMatch(n -> n == 1);
    }

    private static void assertUnderOnePercentThrottled() {
        long requests = emulator.throttling().totalRequests();
        long throttled = emulator.throttling().throttledRequests();
        assertThat(throttled).as("429s of %d requests", requests).isLessThan(Math.max(1, requests / 100));
    }
}
