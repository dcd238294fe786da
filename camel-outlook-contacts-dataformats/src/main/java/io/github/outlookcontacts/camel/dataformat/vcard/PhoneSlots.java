package io.github.outlookcontacts.camel.dataformat.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import ezvcard.property.Telephone;
import io.github.outlookcontacts.model.Contact;

/**
 * Places a card's TEL numbers in Graph's phone fields: one mobile, two business, two home numbers. Typed numbers go
 * to their field; untyped ones and a second mobile fill the free business, then home slots; fax and pager numbers
 * have no Graph field.
 */
final class PhoneSlots {

    private static final int MAX_PHONES = 2;

    private PhoneSlots() {
    }

    static void place(List<Telephone> telephones, Contact c) {
        List<String> business = new ArrayList<>();
        List<String> home = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (Telephone tel : telephones) {
            String number = tel.getText() != null ? tel.getText()
                                                  : tel.getUri() == null ? null : tel.getUri().getNumber();
            if (number == null || number.isBlank()) {
                continue;
            }
            Set<String> types = tel.getTypes().stream().map(t -> t.getValue().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            if (types.contains("fax") || types.contains("pager")) {
                continue; // Graph has no fax or pager numbers
            }
            if (types.contains("cell") || types.contains("iphone") || types.contains("mobile")) {
                if (c.getMobilePhone() == null) {
                    c.setMobilePhone(number);
                } else {
                    unplaced.add(number);
                }
            } else if (types.contains("work")) {
                addUpTo(business, number, unplaced);
            } else if (types.contains("home")) {
                addUpTo(home, number, unplaced);
            } else {
                unplaced.add(number);
            }
        }
        // Untyped ("other", "main", "voice") numbers and extra mobiles fill the free slots, business first.
        for (String number : unplaced) {
            if (business.size() < MAX_PHONES) {
                business.add(number);
            } else if (home.size() < MAX_PHONES) {
                home.add(number);
            }
        }
        c.setBusinessPhones(business.isEmpty() ? null : business);
        c.setHomePhones(home.isEmpty() ? null : home);
    }

    private static void addUpTo(List<String> slots, String number, List<String> overflow) {
        if (slots.size() < MAX_PHONES) {
            slots.add(number);
        } else {
            overflow.add(number);
        }
    }
}
