package io.github.outlookcontacts.camel.dataformat.support;

/** The one check both formats make of an email address read from a file. */
public final class EmailAddresses {

    /** The problem message for a value that fails {@link #looksLikeAddress}. */
    public static final String NOT_AN_ADDRESS = "not an email address (no '@')";

    private EmailAddresses() {
    }

    /**
     * Whether the value can be an SMTP address: something before an {@code @}. Graph checks the rest; this catches
     * what is not an address at all, such as a name typed into the email field.
     */
    public static boolean looksLikeAddress(String value) {
        return value != null && value.indexOf('@') > 0;
    }
}
