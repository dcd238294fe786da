package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.List;

import io.github.outlookcontacts.graph.DeltaSink;
import io.github.outlookcontacts.model.Contact;

/**
 * Collects the items of one delta page (at most the page size, 200 at Graph's maximum) so that the response is read
 * to its end and closed before any of them is looked at.
 */
final class PageItems implements DeltaSink<Contact> {

    /** One item of the page: a contact (created or updated) or an {@code @removed} id with its reason. */
    record Item(Contact contact, String removedId, String reason) {
    }

    private final List<Item> items = new ArrayList<>();

    @Override
    public void changed(Contact contact) {
        items.add(new Item(contact, null, null));
    }

    @Override
    public void removed(String id, String reason) {
        items.add(new Item(null, id, reason));
    }

    List<Item> items() {
        return items;
    }
}
