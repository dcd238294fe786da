package io.github.outlookcontacts.model;

import java.util.Optional;
import java.util.Set;

/**
 * The property names of a Graph v1.0 contact, to tell a typo ({@code givenname}, {@code mobilePhone1}) from a real
 * property and to suggest the closest valid name.
 */
public final class ContactProperties {

    /** Writable and read-only properties of microsoft.graph.contact (v1.0), plus navigation properties. */
    public static final Set<String> NAMES = Set.of("id", "changeKey", "createdDateTime", "lastModifiedDateTime",
            "parentFolderId", "categories", "displayName", "givenName", "middleName", "surname", "initials",
            "nickName", "title", "generation", "fileAs", "yomiGivenName", "yomiSurname", "yomiCompanyName",
            "emailAddresses", "primaryEmailAddress", "secondaryEmailAddress", "tertiaryEmailAddress", "imAddresses",
            "businessPhones", "homePhones", "mobilePhone", "businessAddress", "homeAddress", "otherAddress",
            "businessHomePage", "companyName", "department", "jobTitle", "officeLocation", "profession", "manager",
            "assistantName", "birthday", "spouseName", "children", "personalNotes", "singleValueExtendedProperties",
            "multiValueExtendedProperties", "extensions", "photo");

    private ContactProperties() {
    }

    /** True for a contact property or an OData annotation ({@code @odata.etag}, {@code x@odata.type}). */
    public static boolean isKnown(String name) {
        return NAMES.contains(name) || name.contains("@");
    }

    /** The valid property name closest to {@code name} (ignoring case first), if any is reasonably close. */
    public static Optional<String> closest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : NAMES) {
            if (candidate.equalsIgnoreCase(name)) {
                return Optional.of(candidate);
            }
            int d = distance(name.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
