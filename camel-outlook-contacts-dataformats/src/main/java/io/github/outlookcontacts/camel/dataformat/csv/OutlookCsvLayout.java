package io.github.outlookcontacts.camel.dataformat.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of Outlook desktop's "Export to a file > Comma Separated Values" for contacts, in Outlook's order, and
 * the other names Outlook (Outlook on the web, older versions) gives some of them when reading.
 */
public final class OutlookCsvLayout {

    /** Outlook desktop's header, all 92 columns in its order. */
    public static final List<String> HEADER = List.of(
            "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
            "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
            "Business Postal Code", "Business Country/Region",
            "Home Street", "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
            "Home Country/Region",
            "Other Street", "Other Street 2", "Other Street 3", "Other City", "Other State", "Other Postal Code",
            "Other Country/Region",
            "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
            "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
            "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex",
            "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box",
            "Categories", "Children", "Directory Server",
            "E-mail Address", "E-mail Type", "E-mail Display Name",
            "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name",
            "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
            "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials", "Internet Free Busy",
            "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes", "Office Location",
            "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession", "Referred By",
            "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page");

    /** Columns that Outlook writes only on other exports (Outlook on the web, Outlook for Mac); read, never written. */
    public static final List<String> READ_ONLY_COLUMNS = List.of("Nickname", "Given Yomi", "Surname Yomi",
            "Company Yomi", "IM Address");

    private static final Map<String, String> ALIASES = Map.of(
            "e-mail 1 address", "E-mail Address",
            "e-mail 1 display name", "E-mail Display Name",
            "imaddress", "IM Address",
            "first yomi", "Given Yomi",
            "last yomi", "Surname Yomi");

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        HEADER.forEach(c -> CANONICAL.put(key(c), c));
        READ_ONLY_COLUMNS.forEach(c -> CANONICAL.put(key(c), c));
        CANONICAL.putAll(ALIASES);
    }

    private OutlookCsvLayout() {
    }

    /** The column a header cell names (any case, surrounding blanks ignored), or null when Outlook has no such column. */
    public static String canonical(String headerCell) {
        return headerCell == null ? null : CANONICAL.get(key(headerCell));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
