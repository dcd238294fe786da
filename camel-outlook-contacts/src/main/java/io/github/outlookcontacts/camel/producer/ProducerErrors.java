package io.github.outlookcontacts.camel.producer;

import io.github.outlookcontacts.graph.GraphConflictException;
import io.github.outlookcontacts.graph.GraphNotFoundException;

/**
 * Rewords Graph errors whose raw text does not say what to do.
 */
final class ProducerErrors {

    private ProducerErrors() {
    }

    /** A 412 on update/delete with If-Match: say it is a concurrency conflict and how to resolve it. */
    static GraphConflictException concurrencyConflict(GraphConflictException e, String operation, String contactId,
                                                      String etag) {
        String graphMessage = e.getMessage();
        GraphConflictException clear = new GraphConflictException(e.getStatus(), e.getErrorCode(),
                "Concurrency conflict on " + operation + " of contact " + contactId + ": it was changed since the etag "
                + etag + " (header CamelOutlookContactsETag) was read. Re-read the contact (operation get) and"
                + " retry with its current etag. Graph said: " + graphMessage, e.getRequestId());
        clear.setStackTrace(e.getStackTrace());
        return clear;
    }

    /** A 404 for a contact id: name the id and where it came from (Graph's own text names nothing). */
    static GraphNotFoundException contactNotFound(GraphNotFoundException e, String operation, String contactId) {
        GraphNotFoundException clear = new GraphNotFoundException(e.getStatus(), e.getErrorCode(), operation
                + " found no contact with id '" + contactId + "' (header CamelOutlookContactsContactId)",
                e.getRequestId());
        clear.setStackTrace(e.getStackTrace());
        return clear;
    }
}
