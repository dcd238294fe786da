package io.github.outlookcontacts.camel.dataformat.vcard;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import ezvcard.VCard;
import ezvcard.property.RawProperty;

/** Small text helpers of the vCard reading: blank values count as absent. */
final class Values {

    private Values() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String joined(List<String> values) {
        return joined(values, " ");
    }

    static String joined(List<String> values, String separator) {
        return blankToNull(values.stream().filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(separator)));
    }

    static void addIfSet(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }

    /** The first non-blank value of an extended (X-) property. */
    static Optional<String> firstExtended(VCard v, String property) {
        return v.getExtendedProperties(property).stream().map(RawProperty::getValue).map(Values::blankToNull)
                .filter(s -> s != null).findFirst();
    }
}
