package io.github.outlookcontacts.camel.dataformat.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ezvcard.VCard;
import ezvcard.parameter.RelatedType;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import io.github.outlookcontacts.model.Contact;

/**
 * Reads the people a card names: spouse and children (RFC 6350 RELATED, Outlook's X-MS-SPOUSE / X-MS-CHILD), and
 * Apple's labelled related names, which also carry the manager and the assistant.
 */
final class RelatedNames {

    private RelatedNames() {
    }

    static void read(VCard v, Contact c) {
        List<String> children = new ArrayList<>();
        for (Related related : v.getRelations()) {
            String name = Values.blankToNull(related.getText());
            if (name == null) {
                continue;
            }
            if (related.getTypes().contains(RelatedType.SPOUSE) && c.getSpouseName() == null) {
                c.setSpouseName(name);
            } else if (related.getTypes().contains(RelatedType.CHILD)) {
                children.add(name);
            }
        }
        Values.firstExtended(v, VCardExtensions.SPOUSE).ifPresent(s -> {
            if (c.getSpouseName() == null) {
                c.setSpouseName(s);
            }
        });
        v.getExtendedProperties(VCardExtensions.CHILD).forEach(p -> Values.addIfSet(children, p.getValue()));
        appleRelatedNames(v, c, children);
        if (!children.isEmpty()) {
            c.setChildren(children);
        }
    }

    /** Apple groups a related name with its label: {@code item3.X-ABRELATEDNAMES} + {@code item3.X-ABLabel}. */
    private static void appleRelatedNames(VCard v, Contact c, List<String> children) {
        Map<String, String> labels = v.getExtendedProperties(VCardExtensions.APPLE_LABEL).stream()
                .filter(p -> p.getGroup() != null && p.getValue() != null)
                .collect(Collectors.toMap(p -> p.getGroup().toLowerCase(Locale.ROOT),
                        p -> p.getValue().toLowerCase(Locale.ROOT), (a, b) -> a));
        for (RawProperty p : v.getExtendedProperties(VCardExtensions.APPLE_RELATED_NAMES)) {
            String name = Values.blankToNull(p.getValue());
            String label = p.getGroup() == null ? "" : labels.getOrDefault(p.getGroup().toLowerCase(Locale.ROOT), "");
            if (name == null) {
                continue;
            }
            if (label.contains("spouse") || label.contains("partner")) {
                if (c.getSpouseName() == null) {
                    c.setSpouseName(name);
                }
            } else if (label.contains("child")) {
                children.add(name);
            } else if (label.contains("manager") && c.getManager() == null) {
                c.setManager(name);
            } else if (label.contains("assistant") && c.getAssistantName() == null) {
                c.setAssistantName(name);
            }
        }
    }
}
