package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.GraphPaths;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.batch.BatchExecutor;
import io.github.outlookcontacts.graph.batch.BatchItem;
import io.github.outlookcontacts.graph.batch.BatchOutcome;

/**
 * Asks Graph, in JSON batches after a page was read, which folder each of some contacts lives in now.
 */
final class ContactLocator {

    private final BatchExecutor batches;
    private final Mailbox mailbox;

    ContactLocator(BatchExecutor batches, Mailbox mailbox) {
        this.batches = batches;
        this.mailbox = mailbox;
    }

    /**
     * What one lookup found: the {@code parentFolderId} of each contact Graph still has (contacts it answers 404 for
     * are absent), and the contacts whose sub-request failed otherwise, with the first such failure.
     */
    record Located(Map<String, String> parents, Set<String> failed, GraphException failure) {
    }

    /**
     * The {@code parentFolderId} of each contact Graph still has; contacts it answers 404 for are absent from the
     * map. Any other failure of a sub-request fails the lookup (the page is then read again on the next poll).
     */
    Map<String, String> parents(List<String> contactIds) {
        Located located = locate(contactIds);
        if (located.failure() != null) {
            throw located.failure();
        }
        return located.parents();
    }

    /** Like {@link #parents}, but a failed sub-request only leaves its contact undecided. */
    Located locate(List<String> contactIds) {
        Map<String, String> parents = new HashMap<>();
        Set<String> failed = new HashSet<>();
        if (contactIds.isEmpty()) {
            return new Located(parents, failed, null);
        }
        List<BatchItem> items = new ArrayList<>(contactIds.size());
        for (String id : contactIds) {
            items.add(BatchItem.get(mailbox.pathPrefix() + "/contacts/" + GraphPaths.segment(id)
                                    + "?$select=parentFolderId"));
        }
        GraphException failure = null;
        for (BatchOutcome outcome : batches.execute(items)) {
            String id = contactIds.get(outcome.index());
            if (outcome.isSuccess()) {
                parents.put(id, outcome.body() == null ? null : outcome.body().path("parentFolderId").asText(null));
            } else if (outcome.status() != 404) {
                failed.add(id);
                failure = failure != null ? failure : outcome.error();
            }
        }
        return new Located(parents, failed, failure);
    }
}
