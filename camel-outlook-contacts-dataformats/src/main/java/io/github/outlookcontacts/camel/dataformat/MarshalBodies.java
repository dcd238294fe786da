package io.github.outlookcontacts.camel.dataformat;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.dataformat.support.ContactCard;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.apache.camel.Exchange;
import org.apache.camel.support.ObjectHelper;

/**
 * The contacts of a body to marshal: one {@link Contact} or {@link ContactCard}, or a collection, array or iterator
 * of them; a {@code Map} or a Graph JSON {@code String} stands for a contact too. Many contacts are taken one at a
 * time as they are written, so an {@code Iterator} body (the producer's {@code list} with {@code streamList=true})
 * is never held in memory whole.
 */
final class MarshalBodies {

    private MarshalBodies() {
    }

    /**
     * The cards to write. A single {@link Contact} takes its photo from the {@link ContactDataFormatConstants#PHOTO}
     * header when {@code photoHeader} is set.
     */
    static Iterable<ContactCard> cards(String format, Exchange exchange, Object body, boolean photoHeader) {
        if (body == null) {
            throw new IllegalArgumentException(format + " marshal: the body is empty; send a Contact or a List of them");
        }
        if (isSingle(body)) {
            ContactCard card = card(format, body, 0);
            byte[] photo = photoHeader && !card.hasPhoto()
                    ? exchange.getMessage().getHeader(ContactDataFormatConstants.PHOTO, byte[].class) : null;
            return List.of(photo == null ? card : new ContactCard(card.contact(), photo, null));
        }
        Iterator<?> items = ObjectHelper.createIterator(body);
        return () -> new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public ContactCard next() {
                return card(format, items.next(), ++index);
            }
        };
    }

    /** The contacts of the body, without photos. */
    static Iterable<Contact> contacts(String format, Exchange exchange, Object body) {
        Iterable<ContactCard> cards = cards(format, exchange, body, false);
        return () -> {
            Iterator<ContactCard> it = cards.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Contact next() {
                    return it.next().contact();
                }
            };
        };
    }

    private static boolean isSingle(Object body) {
        return body instanceof Contact || body instanceof ContactCard || body instanceof Map<?, ?>
               || body instanceof String;
    }

    @SuppressWarnings("unchecked")
    private static ContactCard card(String format, Object item, int index) {
        if (item instanceof ContactCard card) {
            return card;
        }
        if (item instanceof Contact contact) {
            return ContactCard.of(contact);
        }
        String which = index == 0 ? "the body" : "item " + index;
        try {
            if (item instanceof Map<?, ?> map) {
                return ContactCard.of(GraphJson.fromMap((Map<String, ?>) map, Contact.class));
            }
            if (item instanceof String json) {
                return ContactCard.of(GraphJson.fromJson(json, Contact.class));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(format + " marshal: " + which + " is not a contact: " + e.getMessage(),
                    e);
        }
        throw new IllegalArgumentException(format + " marshal: " + which + " is a "
                                           + (item == null ? "null" : item.getClass().getName())
                                           + "; send Contact, ContactCard, a Map or Graph JSON");
    }
}
