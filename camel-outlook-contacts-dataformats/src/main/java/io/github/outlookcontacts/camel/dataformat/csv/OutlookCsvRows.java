package io.github.outlookcontacts.camel.dataformat.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.outlookcontacts.camel.dataformat.support.Birthdays;
import io.github.outlookcontacts.camel.dataformat.support.EmailAddresses;
import io.github.outlookcontacts.camel.dataformat.support.FieldProblems;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.EmailAddress;
import io.github.outlookcontacts.model.PhysicalAddress;

/**
 * One contact as the values of Outlook's CSV columns, and back. Outlook's columns that Graph has no field for (fax,
 * pager and other phones, PO boxes, User 1-4, ...) are written empty and ignored when read.
 */
public final class OutlookCsvRows {

    /** A column holding one text field of the contact. */
    private record TextColumn(String column, Function<Contact, String> getter, BiConsumer<Contact, String> setter) {
    }

    private static final List<TextColumn> TEXT_COLUMNS = List.of(
            new TextColumn("Title", Contact::getTitle, Contact::setTitle),
            new TextColumn("First Name", Contact::getGivenName, Contact::setGivenName),
            new TextColumn("Middle Name", Contact::getMiddleName, Contact::setMiddleName),
            new TextColumn("Last Name", Contact::getSurname, Contact::setSurname),
            new TextColumn("Suffix", Contact::getGeneration, Contact::setGeneration),
            new TextColumn("Company", Contact::getCompanyName, Contact::setCompanyName),
            new TextColumn("Department", Contact::getDepartment, Contact::setDepartment),
            new TextColumn("Job Title", Contact::getJobTitle, Contact::setJobTitle),
            new TextColumn("Mobile Phone", Contact::getMobilePhone, Contact::setMobilePhone),
            new TextColumn("Assistant's Name", Contact::getAssistantName, Contact::setAssistantName),
            new TextColumn("Initials", Contact::getInitials, Contact::setInitials),
            new TextColumn("Manager's Name", Contact::getManager, Contact::setManager),
            new TextColumn("Notes", Contact::getPersonalNotes, Contact::setPersonalNotes),
            new TextColumn("Office Location", Contact::getOfficeLocation, Contact::setOfficeLocation),
            new TextColumn("Profession", Contact::getProfession, Contact::setProfession),
            new TextColumn("Spouse", Contact::getSpouseName, Contact::setSpouseName),
            new TextColumn("Web Page", Contact::getBusinessHomePage, Contact::setBusinessHomePage),
            // Read only: Outlook on the web's export has these, the desktop's does not.
            new TextColumn("Nickname", Contact::getNickName, Contact::setNickName),
            new TextColumn("Given Yomi", Contact::getYomiGivenName, Contact::setYomiGivenName),
            new TextColumn("Surname Yomi", Contact::getYomiSurname, Contact::setYomiSurname),
            new TextColumn("Company Yomi", Contact::getYomiCompanyName, Contact::setYomiCompanyName));

    /** A column holding one entry of a list field (Business Phone 2 = the second business phone). */
    private record ListColumn(String column, Function<Contact, List<String>> getter,
            BiConsumer<Contact, List<String>> setter, int index) {
    }

    private static final List<ListColumn> LIST_COLUMNS = List.of(
            new ListColumn("Business Phone", Contact::getBusinessPhones, Contact::setBusinessPhones, 0),
            new ListColumn("Business Phone 2", Contact::getBusinessPhones, Contact::setBusinessPhones, 1),
            new ListColumn("Home Phone", Contact::getHomePhones, Contact::setHomePhones, 0),
            new ListColumn("Home Phone 2", Contact::getHomePhones, Contact::setHomePhones, 1),
            new ListColumn("IM Address", Contact::getImAddresses, Contact::setImAddresses, 0));

    /** Outlook joins multi-valued text (categories, children) with ";". */
    private static final String LIST_SEPARATOR = ";";
    /** Outlook writes an unset date as 0/0/00. */
    private static final String OUTLOOK_NO_DATE = "0/0/00";
    private static final String[] ADDRESS_KINDS = { "Business", "Home", "Other" };
    private static final String[] EMAIL_PREFIXES = { "E-mail", "E-mail 2", "E-mail 3" };

    private final DateTimeFormatter dateFormat;
    private final String datePattern;

    /** @param datePattern the Birthday column's date pattern, Outlook's short date such as {@code M/d/yyyy} */
    public OutlookCsvRows(String datePattern) {
        this.datePattern = datePattern;
        this.dateFormat = DateTimeFormatter.ofPattern(datePattern.replace('y', 'u'))
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The values of {@link OutlookCsvLayout#HEADER} for one contact. */
    public String[] toRow(Contact c) {
        Map<String, String> values = new HashMap<>();
        for (TextColumn col : TEXT_COLUMNS) {
            values.put(col.column(), col.getter().apply(c));
        }
        for (ListColumn col : LIST_COLUMNS) {
            List<String> list = col.getter().apply(c);
            values.put(col.column(), list != null && list.size() > col.index() ? list.get(col.index()) : null);
        }
        writeAddress(values, "Business", c.getBusinessAddress());
        writeAddress(values, "Home", c.getHomeAddress());
        writeAddress(values, "Other", c.getOtherAddress());
        List<EmailAddress> emails = c.getEmailAddresses() == null ? List.of() : c.getEmailAddresses();
        for (int i = 0; i < EMAIL_PREFIXES.length && i < emails.size(); i++) {
            EmailAddress e = emails.get(i);
            if (e != null && e.getAddress() != null) {
                values.put(EMAIL_PREFIXES[i] + " Address", e.getAddress());
                values.put(EMAIL_PREFIXES[i] + " Type", "SMTP");
                values.put(EMAIL_PREFIXES[i] + " Display Name", e.getName());
            }
        }
        LocalDate birthday = Birthdays.dateOf(c.getBirthday());
        values.put("Birthday", birthday == null ? null : dateFormat.format(birthday));
        values.put("Categories", joined(c.getCategories()));
        values.put("Children", joined(c.getChildren()));
        return OutlookCsvLayout.HEADER.stream().map(col -> values.getOrDefault(col, null))
                .map(v -> v == null ? "" : v).toArray(String[]::new);
    }

    /** The contact of one row, given as canonical column name to value; problems go to {@code problems}. */
    public Contact toContact(Map<String, String> row, FieldProblems problems) {
        Contact c = new Contact();
        for (TextColumn col : TEXT_COLUMNS) {
            String value = value(row, col.column());
            if (value != null) {
                col.setter().accept(c, value);
            }
        }
        for (ListColumn col : LIST_COLUMNS) {
            String value = value(row, col.column());
            if (value != null) {
                List<String> list = col.getter().apply(c) == null ? new ArrayList<>() : col.getter().apply(c);
                list.add(value);
                col.setter().accept(c, list);
            }
        }
        c.setBusinessAddress(readAddress(row, "Business"));
        c.setHomeAddress(readAddress(row, "Home"));
        c.setOtherAddress(readAddress(row, "Other"));
        readEmails(row, c, problems);
        readBirthday(row, c, problems);
        c.setCategories(split(value(row, "Categories")));
        c.setChildren(split(value(row, "Children")));
        return c;
    }

    private static void writeAddress(Map<String, String> values, String kind, PhysicalAddress a) {
        if (a == null) {
            return;
        }
        // Outlook spreads a street over three columns, one line each; a longer street keeps its rest in the third.
        String[] lines = a.getStreet() == null ? new String[0] : a.getStreet().split("\r?\n", 3);
        for (int i = 0; i < lines.length; i++) {
            values.put(kind + " Street" + (i == 0 ? "" : " " + (i + 1)), lines[i]);
        }
        values.put(kind + " City", a.getCity());
        values.put(kind + " State", a.getState());
        values.put(kind + " Postal Code", a.getPostalCode());
        values.put(kind + " Country/Region", a.getCountryOrRegion());
    }

    private static PhysicalAddress readAddress(Map<String, String> row, String kind) {
        String street = Stream.of("", " 2", " 3").map(n -> value(row, kind + " Street" + n))
                .filter(s -> s != null).collect(Collectors.joining("\n"));
        PhysicalAddress a = new PhysicalAddress();
        a.setStreet(street.isEmpty() ? null : street);
        a.setCity(value(row, kind + " City"));
        a.setState(value(row, kind + " State"));
        a.setPostalCode(value(row, kind + " Postal Code"));
        a.setCountryOrRegion(value(row, kind + " Country/Region"));
        return Stream.of(a.getStreet(), a.getCity(), a.getState(), a.getPostalCode(), a.getCountryOrRegion())
                .allMatch(s -> s == null) ? null : a;
    }

    private static void readEmails(Map<String, String> row, Contact c, FieldProblems problems) {
        List<EmailAddress> emails = new ArrayList<>();
        for (String prefix : EMAIL_PREFIXES) {
            String address = value(row, prefix + " Address");
            if (address == null || "EX".equalsIgnoreCase(value(row, prefix + " Type"))) {
                // EX: an Exchange directory entry; its address is a distinguished name Graph cannot use.
                continue;
            }
            if (!EmailAddresses.looksLikeAddress(address)) {
                problems.problem(prefix + " Address", EmailAddresses.NOT_AN_ADDRESS);
                continue;
            }
            emails.add(new EmailAddress(value(row, prefix + " Display Name"), address));
        }
        c.setEmailAddresses(emails.isEmpty() ? null : emails);
    }

    private void readBirthday(Map<String, String> row, Contact c, FieldProblems problems) {
        String text = value(row, "Birthday");
        if (text == null || text.equals(OUTLOOK_NO_DATE)) {
            return;
        }
        try {
            c.setBirthday(Birthdays.toGraph(LocalDate.parse(text, dateFormat)));
        } catch (DateTimeParseException e) {
            try {
                c.setBirthday(Birthdays.toGraph(LocalDate.parse(text)));
            } catch (DateTimeParseException iso) {
                problems.problem("Birthday", "not a date in " + datePattern + " or yyyy-MM-dd: \""
                                             + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"");
            }
        }
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null
                                                  : values.stream().filter(v -> v != null)
                                                          .collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static List<String> split(String value) {
        if (value == null) {
            return null;
        }
        List<String> parts = Arrays.stream(value.split(LIST_SEPARATOR)).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(ArrayList::new));
        return parts.isEmpty() ? null : parts;
    }
}
