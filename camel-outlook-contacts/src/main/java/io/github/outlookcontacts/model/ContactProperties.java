package io.github.outlookcontacts.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The names of the Graph v1.0 {@code contact} properties (structural and the navigation properties a body or
 * {@code $select} may name), for validating caller input and suggesting the closest valid name on a typo.
 */
public final class ContactProperties {

    /** Every v1.0 contact property name, camelCase as Graph spells it. */
    public static final Set<String> NAMES = Set.of(
            "id", "changeKey", "createdDateTime", "lastModifiedDateTime", "categories", "parentFolderId",
            "assistantName", "birthday", "businessAddress", "businessHomePage", "businessPhones", "children",
            "companyName", "department", "displayName", "emailAddresses", "fileAs", "generation", "givenName",
            "homeAddress", "homePhones", "imAddresses", "initials", "jobTitle", "manager", "middleName",
            "mobilePhone", "nickName", "officeLocation", "otherAddress", "personalNotes", "profession",
            "spouseName", "surname", "title", "yomiCompanyName", "yomiGivenName", "yomiSurname",
            "primaryEmailAddress", "secondaryEmailAddress", "tertiaryEmailAddress",
            "singleValueExtendedProperties", "multiValueExtendedProperties", "extensions", "photo");

    /** Properties Graph sets itself; never part of a PATCH. */
    public static final Set<String> READ_ONLY = Set.of("id", "changeKey", "createdDateTime", "lastModifiedDateTime",
            "parentFolderId", "photo", "extensions");

    private ContactProperties() {
    }

    /** True when {@code name} is a contact property, spelled exactly as Graph spells it. */
    public static boolean isKnown(String name) {
        return name != null && NAMES.contains(name);
    }

    /**
     * What is wrong with a comma-separated {@code $select} list: the first name that is not a contact property, with
     * the closest valid name suggested; empty when every name is valid (blank entries are ignored).
     */
    public static Optional<String> selectProblem(String select) {
        if (select != null) {
            for (String raw : select.split(",")) {
                String name = raw.trim();
                if (!name.isEmpty() && !isKnown(name)) {
                    return Optional.of("select: '" + name + "' is not a Graph contact property"
                                       + closest(name).map(n -> "; did you mean '" + n + "'?").orElse(""));
                }
            }
        }
        return Optional.empty();
    }

    /** Fails with {@link #selectProblem}'s message when a name in {@code select} is not a contact property. */
    public static void checkSelect(String select) {
        Optional<String> problem = selectProblem(select);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** True for OData instance annotations such as {@code @odata.type} or {@code @odata.etag}. */
    public static boolean isAnnotation(String name) {
        return name != null && name.contains("@");
    }

    /**
     * The valid property name closest to {@code name} (case-insensitive edit distance), when it is close enough to
     * be a plausible typo: at most 3 edits, and fewer than half the length of the name.
     */
    public static Optional<String> closest(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : NAMES) {
            int d = editDistance(lower, candidate.toLowerCase(Locale.ROOT));
            // Ties go to the alphabetically first name, so the suggestion is stable.
            if (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.min(3, Math.max(1, (name.length() - 1) / 2));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
