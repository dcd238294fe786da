package io.github.outlookcontacts.examples.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.EmailAddress;
import io.github.outlookcontacts.model.PhysicalAddress;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * One CSV row per change of a contact, in a fixed column order. Multi-valued Graph properties are flattened into
 * numbered columns up to Graph's own limits (3 emails, 2 business and 2 home phones, 3 IM addresses); categories,
 * which have no limit, are joined with "; ".
 */
public final class ContactCsvRow {

    private static final List<Column> COLUMNS = new ArrayList<>();

    static {
        column("id", Contact::getId);
        column("changeKey", Contact::getChangeKey);
        column("displayName", Contact::getDisplayName);
        column("givenName", Contact::getGivenName);
        column("middleName", Contact::getMiddleName);
        column("surname", Contact::getSurname);
        column("nickName", Contact::getNickName);
        column("title", Contact::getTitle);
        column("companyName", Contact::getCompanyName);
        column("department", Contact::getDepartment);
        column("jobTitle", Contact::getJobTitle);
        for (int i = 0; i < 3; i++) {
            int n = i;
            column("email" + (i + 1), c -> email(c, n));
        }
        column("mobilePhone", Contact::getMobilePhone);
        for (int i = 0; i < 2; i++) {
            int n = i;
            column("businessPhone" + (i + 1), c -> nth(c.getBusinessPhones(), n));
        }
        for (int i = 0; i < 2; i++) {
            int n = i;
            column("homePhone" + (i + 1), c -> nth(c.getHomePhones(), n));
        }
        for (int i = 0; i < 3; i++) {
            int n = i;
            column("imAddress" + (i + 1), c -> nth(c.getImAddresses(), n));
        }
        address("business", Contact::getBusinessAddress);
        address("home", Contact::getHomeAddress);
        column("birthday", Contact::getBirthday);
        column("categories", c -> c.getCategories() == null ? null : String.join("; ", c.getCategories()));
        column("personalNotes", Contact::getPersonalNotes);
    }

    /** The CSV columns: {@code change} (created, updated or deleted) first, then the contact's columns. */
    public static final CsvSchema SCHEMA = schema();

    private static final CsvMapper CSV = new CsvMapper();

    private ContactCsvRow() {
    }

    /** The header line, with its line break. */
    public static String header() {
        return String.join(",", SCHEMA.getColumnNames()) + "\n";
    }

    /** Replaces a sync exchange's body by the CSV row of its change. */
    public static void toRow(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setBody(row(message.getHeader(OutlookContactsConstants.CHANGE_TYPE, String.class),
                message.getBody(Contact.class)));
    }

    /**
     * What a change log says the folder holds now: the last row of every id, without the ids whose last row is a
     * {@code deleted} tombstone (a row written twice after a redelivery changes nothing).
     */
    public static Map<String, Map<String, String>> currentContacts(Path file) throws IOException {
        Map<String, Map<String, String>> current = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                if ("deleted".equals(row.get("change"))) {
                    current.remove(row.get("id"));
                } else {
                    current.put(row.get("id"), row);
                }
            }
        }
        return current;
    }

    /** The row of a change, with its line break; a {@code deleted} row carries only the id (a tombstone). */
    public static String row(String change, Contact contact) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("change", change);
        for (Column column : COLUMNS) {
            values.put(column.name, "deleted".equals(change) && !"id".equals(column.name) ? null
                    : column.value.apply(contact));
        }
        try {
            return CSV.writer(SCHEMA.withoutHeader()).writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder().addColumn("change");
        COLUMNS.forEach(c -> b.addColumn(c.name));
        return b.build();
    }

    private static void column(String name, Function<Contact, String> value) {
        COLUMNS.add(new Column(name, value));
    }

    private static void address(String prefix, Function<Contact, PhysicalAddress> address) {
        column(prefix + "Street", c -> part(address.apply(c), PhysicalAddress::getStreet));
        column(prefix + "City", c -> part(address.apply(c), PhysicalAddress::getCity));
        column(prefix + "State", c -> part(address.apply(c), PhysicalAddress::getState));
        column(prefix + "PostalCode", c -> part(address.apply(c), PhysicalAddress::getPostalCode));
        column(prefix + "CountryOrRegion", c -> part(address.apply(c), PhysicalAddress::getCountryOrRegion));
    }

    private static String part(PhysicalAddress address, Function<PhysicalAddress, String> part) {
        return address == null ? null : part.apply(address);
    }

    private static String email(Contact c, int n) {
        List<EmailAddress> emails = c.getEmailAddresses();
        return emails == null || emails.size() <= n ? null : emails.get(n).getAddress();
    }

    private static String nth(List<String> values, int n) {
        return values == null || values.size() <= n ? null : values.get(n);
    }

    private record Column(String name, Function<Contact, String> value) {
    }
}
