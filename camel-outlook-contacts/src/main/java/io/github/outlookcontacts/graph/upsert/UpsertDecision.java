package io.github.outlookcontacts.graph.upsert;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an upsert must do once the existing contact (if any) is known.
 */
public sealed interface UpsertDecision {

    /** No contact matches: POST this body (it carries the external id property when matched by external id). */
    record Create(ObjectNode body) implements UpsertDecision {
    }

    /** One contact matches and differs: PATCH only these properties; {@code existing} is the match as found. */
    record Patch(String contactId, ObjectNode patch, ObjectNode existing) implements UpsertDecision {
    }

    /** One contact matches and nothing differs: send nothing. */
    record Unchanged(String contactId, ObjectNode existing) implements UpsertDecision {
    }
}
