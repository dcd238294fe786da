package io.github.outlookcontacts.camel.dataformat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.EmailAddress;
import io.github.outlookcontacts.model.PhysicalAddress;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.support.DefaultExchange;

/** Contacts and helpers shared by the data format tests. */
final class SampleContacts {

    private static final CamelContext CONTEXT = new DefaultCamelContext();

    private SampleContacts() {
    }

    static Contact named(String given, String surname, String email) {
        Contact c = new Contact();
        c.setGivenName(given);
        c.setSurname(surname);
        c.setDisplayName(given + " " + surname);
        c.setEmailAddresses(new ArrayList<>(List.of(new EmailAddress(given + " " + surname, email))));
        return c;
    }

    static PhysicalAddress address(String street, String city, String state, String postalCode, String country) {
        PhysicalAddress a = new PhysicalAddress();
        a.setStreet(street);
        a.setCity(city);
        a.setState(state);
        a.setPostalCode(postalCode);
        a.setCountryOrRegion(country);
        return a;
    }

    /** A contact with every field both formats carry. */
    static Contact common() {
        Contact c = named("John", "Smith", "john.smith@contoso.com");
        c.setMiddleName("Quincy");
        c.setTitle("Mr.");
        c.setGeneration("Jr.");
        c.setDisplayName("John Q. Smith Jr.");
        // A display name with the characters vCard parameters and CSV fields must quote.
        c.getEmailAddresses().add(new EmailAddress("Smith, John (jsmith@example.net); \"work\"", "jsmith@example.net"));
        c.getEmailAddresses().add(new EmailAddress(null, "john@home.example"));
        c.setBusinessPhones(new ArrayList<>(List.of("+1 425 555 0100", "+1 425 555 0101")));
        c.setHomePhones(new ArrayList<>(List.of("+1 425 555 0199", "+1 425 555 0198")));
        c.setMobilePhone("+1 206 555 0142");
        c.setBusinessAddress(address("One Microsoft Way\nBuilding 92", "Redmond", "WA", "98052", "United States"));
        c.setHomeAddress(address("123 Main Street", "Bellevue", "WA", "98004", "United States"));
        c.setOtherAddress(address("PO Box 42", "Sebastopol", "CA", "95472", "United States"));
        c.setBirthday("1975-07-04T11:59:00Z");
        c.setPersonalNotes("Met at the fair.\r\nPrefers calls, \"never\" on Fridays; see CRM.");
        c.setCategories(new ArrayList<>(List.of("Customers", "VIP", "Key, West")));
        c.setCompanyName("Contoso; Ltd.");
        c.setDepartment("Sales");
        c.setJobTitle("Account Manager");
        c.setProfession("Sales");
        c.setBusinessHomePage("https://www.contoso.com/");
        c.setManager("Kim Akers");
        c.setAssistantName("Pat Coleman");
        c.setSpouseName("Jane Smith");
        c.setChildren(new ArrayList<>(List.of("Sam", "Alex")));
        return c;
    }

    /** Graph JSON of a contact: readable diffs where Contact.equals fails. */
    static String json(Contact contact) {
        return io.github.outlookcontacts.model.GraphJson.toJson(contact);
    }

    static Exchange exchange() {
        return new DefaultExchange(CONTEXT);
    }

    static byte[] marshal(DataFormat format, Exchange exchange, Object body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.marshal(exchange, body, out);
        return out.toByteArray();
    }

    static String marshalText(DataFormat format, Object body) throws Exception {
        return new String(marshal(format, exchange(), body), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> unmarshal(DataFormat format, Exchange exchange, byte[] input) throws Exception {
        return (List<T>) format.unmarshal(exchange, new ByteArrayInputStream(input));
    }

    static <T> List<T> unmarshal(DataFormat format, byte[] input) throws Exception {
        return unmarshal(format, exchange(), input);
    }

    static byte[] resource(String name) {
        try (InputStream in = SampleContacts.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
