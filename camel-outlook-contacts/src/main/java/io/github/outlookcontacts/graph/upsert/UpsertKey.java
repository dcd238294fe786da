package io.github.outlookcontacts.graph.upsert;

import java.util.Locale;
import java.util.Objects;

/**
 * How an upsert finds the existing contact: by the external id kept in a single-value extended property, or by
 * email address. Graph compares both ignoring case, and so does {@link #dedupeKey()}.
 */
public record UpsertKey(Kind kind, String value) {

    public enum Kind {
        EXTERNAL_ID, EMAIL
    }

    public UpsertKey {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an upsert key must not be blank");
        }
        value = kind == Kind.EMAIL ? value.trim() : value;
    }

    public static UpsertKey externalId(String value) {
        return new UpsertKey(Kind.EXTERNAL_ID, value);
    }

    public static UpsertKey email(String address) {
        return new UpsertKey(Kind.EMAIL, address);
    }

    /** Equal for two keys that would find the same contact. */
    public String dedupeKey() {
        return kind + ":" + value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        // The value may be personal data (an email address): keep it out of toString.
        return "UpsertKey[" + kind + "]";
    }
}
