package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.graph.upsert.UpsertKey;
import io.github.outlookcontacts.graph.upsert.UpsertPlanner;
import io.github.outlookcontacts.model.validation.ContactValidationException;
import io.github.outlookcontacts.model.validation.ValidationProblem;

/**
 * Chooses an upsert's key: {@code matchOn=email} uses the first email address; otherwise the external id from the
 * {@code CamelOutlookContactsExternalId} header (single messages) or from the contact's own extended property.
 */
final class UpsertKeys {

    static final String MATCH_EXTERNAL_ID = "externalId";
    static final String MATCH_EMAIL = "email";

    private UpsertKeys() {
    }

    static UpsertKey resolve(String matchOn, String headerValue, ObjectNode desired, UpsertPlanner planner) {
        if (MATCH_EMAIL.equals(matchOn)) {
            Optional<String> email = UpsertPlanner.firstEmail(desired);
            if (email.isEmpty()) {
                throw new ContactValidationException("contact", List.of(new ValidationProblem("emailAddresses",
                        "upsert with matchOn=email needs an email address to match on; none is set")));
            }
            return UpsertKey.email(email.get());
        }
        Optional<String> externalId = Optional.ofNullable(headerValue).or(() -> planner.externalIdIn(desired));
        if (externalId.isEmpty()) {
            throw new IllegalArgumentException("upsert needs a key: set the header "
                    + ProducerHeaders.EXTERNAL_ID + ", or a singleValueExtendedProperties entry with id '"
                    + planner.externalIdProperty() + "' in the contact"
                    + (matchOn == null ? ", or the option matchOn=email" : ""));
        }
        return UpsertKey.externalId(externalId.get());
    }
}
