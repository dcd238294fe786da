package io.github.outlookcontacts.graph;

import java.util.Iterator;

import io.github.outlookcontacts.model.Contact;

/** The contacts of a list request, page by page, and the {@code @odata.count} Graph reported when asked. */
public interface ContactListing extends Iterator<Contact> {

    /** Graph's {@code @odata.count} (fetching the first page if needed), or null when not asked for. */
    Long totalCount();
}
