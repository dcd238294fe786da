package io.github.outlookcontacts.camel.dataformat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.github.outlookcontacts.camel.dataformat.support.ContactCard;
import io.github.outlookcontacts.camel.dataformat.support.DataFormatProblem;
import io.github.outlookcontacts.camel.dataformat.support.MalformedContactsException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.EmailAddress;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.outlookcontacts.camel.dataformat.SampleContacts.marshal;
import static io.github.outlookcontacts.camel.dataformat.SampleContacts.marshalText;
import static io.github.outlookcontacts.camel.dataformat.SampleContacts.resource;
import static io.github.outlookcontacts.camel.dataformat.SampleContacts.unmarshal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VCardDataFormatTest {

    /** A real 1x1 PNG, the same one the sample files carry. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    private static VCardDataFormat vcard(String version) {
        VCardDataFormat format = new VCardDataFormat();
        format.setVersion(version);
        return format;
    }

    @ParameterizedTest
    @ValueSource(strings = { "4.0", "3.0" })
    void everyMappedFieldSurvivesARoundTrip(String version) throws Exception {
        Contact contact = SampleContacts.common();
        contact.setId("AAMkAGI2TG93AAA=");
        contact.setNickName("Johnny");
        contact.setImAddresses(List.of("sip:john.smith@contoso.com", "john@chat.example"));
        contact.setYomiGivenName("Jon");
        contact.setYomiSurname("Sumisu");
        contact.setYomiCompanyName("Kontoso");
        // vCard has one line break, \n: Outlook's \r\n comes back as \n (see lineBreaksInNotesBecomeLf).
        contact.setPersonalNotes(contact.getPersonalNotes().replace("\r\n", "\n"));

        VCardDataFormat format = vcard(version);
        byte[] text = marshal(format, SampleContacts.exchange(), contact);
        assertThat(new String(text, StandardCharsets.UTF_8)).startsWith("BEGIN:VCARD\r\nVERSION:" + version + "\r\n");

        List<Contact> back = unmarshal(format, text);
        assertThat(back).hasSize(1);
        assertThat(SampleContacts.json(back.get(0))).isEqualTo(SampleContacts.json(contact));
        assertThat(back).containsExactly(contact);
    }

    @Test
    void lineBreaksInNotesBecomeLf() throws Exception {
        Contact contact = SampleContacts.named("Ann", "Lee", "ann@x.example");
        contact.setPersonalNotes("one\r\ntwo\nthree");
        List<Contact> back = unmarshal(vcard("4.0"), marshal(vcard("4.0"), SampleContacts.exchange(), contact));
        assertThat(back.get(0).getPersonalNotes()).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void writesRfc6350PropertiesWithTypes() throws Exception {
        // Unfolded: lines longer than 75 octets continue on the next line after a space.
        String text = marshalText(vcard("4.0"), SampleContacts.common()).replace("\r\n ", "");
        assertThat(text).contains("N:Smith;John;Quincy;Mr.;Jr.\r\n", "FN:John Q. Smith Jr.\r\n",
                "TEL;TYPE=work,voice:+1 425 555 0100\r\n", "TEL;TYPE=home,voice:+1 425 555 0199\r\n",
                "TEL;TYPE=cell:+1 206 555 0142\r\n", "ORG:Contoso\\; Ltd.;Sales\r\n", "TITLE:Account Manager\r\n",
                "BDAY:19750704\r\n", "CATEGORIES:Customers,VIP,Key\\, West\r\n", "RELATED;TYPE=spouse;VALUE=text:Jane Smith\r\n",
                "URL;TYPE=work:https://www.contoso.com/\r\n");
        assertThat(text).containsPattern("EMAIL;(PREF=1;X-DISPLAY-NAME=John Smith|X-DISPLAY-NAME=John Smith;PREF=1)"
                                         + ":john.smith@contoso.com");
        assertThat(text).contains("ADR;TYPE=work:;;One Microsoft Way\\nBuilding 92;Redmond;WA;98052;United States");
    }

    @Test
    void aListBecomesAMultiCardStreamAndUnicodeNamesSurvive() throws Exception {
        List<Contact> contacts = List.of(SampleContacts.named("Анна", "Иванова", "anna@example.ru"),
                SampleContacts.named("小明", "王", "xiaoming@example.cn"),
                SampleContacts.named("Jürgen", "Müller-Lüdenscheidt", "juergen@example.de"));
        String text = marshalText(vcard("4.0"), contacts);
        assertThat(text.split("BEGIN:VCARD", -1)).hasSize(4);
        assertThat(text).contains("FN:Анна Иванова", "N:王;小明;;;", "Müller-Lüdenscheidt");

        List<Contact> back = unmarshal(vcard("4.0"), text.getBytes(StandardCharsets.UTF_8));
        assertThat(back).containsExactlyElementsOf(contacts);
    }

    @Test
    void photoFromTheHeaderOrACardTravelsAsPhoto() throws Exception {
        Exchange exchange = SampleContacts.exchange();
        exchange.getMessage().setHeader(ContactDataFormatConstants.PHOTO, PNG);
        String text = new String(marshal(vcard("4.0"), exchange, SampleContacts.named("Ann", "Lee", "ann@x.example")),
                StandardCharsets.UTF_8);
        assertThat(text).contains("PHOTO:data:image/png;base64,");
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/vcard;charset=UTF-8");

        VCardDataFormat withPhotos = vcard("3.0");
        withPhotos.setWithPhotos(true);
        ContactCard card = new ContactCard(SampleContacts.named("Bo", "Ek", "bo@x.example"), PNG, "image/png");
        List<ContactCard> back = unmarshal(withPhotos, marshal(withPhotos, SampleContacts.exchange(), List.of(card)));
        assertThat(back).hasSize(1);
        assertThat(back.get(0).contact()).isEqualTo(card.contact());
        assertThat(back.get(0).photo()).isEqualTo(PNG);
        assertThat(back.get(0).photoContentType()).isEqualTo("image/png");
    }

    @Test
    void readsOutlooksVCard21Export() throws Exception {
        VCardDataFormat format = vcard("4.0");
        format.setWithPhotos(true);
        List<ContactCard> cards = unmarshal(format, resource("vcard/outlook-export.vcf"));
        assertThat(cards).hasSize(2);

        Contact john = cards.get(0).contact();
        assertThat(john.getSurname()).isEqualTo("Smith");
        assertThat(john.getGivenName()).isEqualTo("John");
        assertThat(john.getMiddleName()).isEqualTo("Quincy");
        assertThat(john.getTitle()).isEqualTo("Mr.");
        assertThat(john.getGeneration()).isEqualTo("Jr.");
        assertThat(john.getDisplayName()).isEqualTo("John Q. Smith Jr.");
        assertThat(john.getCompanyName()).isEqualTo("Contoso Ltd.");
        assertThat(john.getDepartment()).isEqualTo("Sales");
        assertThat(john.getPersonalNotes()).isEqualTo("Met at the Redmond fair.\nPrefers calls before noon.");
        assertThat(john.getBusinessPhones()).containsExactly("+1 425 555 0100", "+1 425 555 0101");
        assertThat(john.getHomePhones()).containsExactly("+1 425 555 0199");
        assertThat(john.getMobilePhone()).isEqualTo("+1 206 555 0142");
        assertThat(john.getBusinessAddress().getStreet()).isEqualTo("One Microsoft Way");
        assertThat(john.getBusinessAddress().getCountryOrRegion()).isEqualTo("United States of America");
        assertThat(john.getHomeAddress().getCity()).isEqualTo("Bellevue");
        assertThat(john.getBusinessHomePage()).isEqualTo("https://www.contoso.com/");
        assertThat(john.getBirthday()).isEqualTo("1975-07-04T11:59:00Z");
        assertThat(john.getEmailAddresses()).extracting(EmailAddress::getAddress)
                .containsExactly("john.smith@contoso.com", "jsmith@example.net");
        assertThat(john.getImAddresses()).containsExactly("john.smith@contoso.com");
        assertThat(john.getManager()).isEqualTo("Kim Akers");
        assertThat(john.getAssistantName()).isEqualTo("Pat Coleman");
        assertThat(john.getSpouseName()).isEqualTo("Jane Smith");
        assertThat(john.getCategories()).containsExactly("Customers", "VIP");
        assertThat(cards.get(0).photo()).isEqualTo(PNG);

        Contact juergen = cards.get(1).contact();
        assertThat(juergen.getDisplayName()).isEqualTo("Dr. Jürgen Müller");
        assertThat(juergen.getCompanyName()).isEqualTo("Bäckerei Müller GmbH");
        assertThat(juergen.getDepartment()).isEqualTo("Geschäftsführung");
        assertThat(juergen.getBusinessAddress().getStreet()).isEqualTo("Königstraße 12");
        assertThat(juergen.getBusinessAddress().getCity()).isEqualTo("München");

        assertRoundTrip(cards);
    }

    @Test
    void readsGoogleContactsVCard30Export() throws Exception {
        List<Contact> contacts = unmarshal(vcard("4.0"), resource("vcard/google-export.vcf"));
        assertThat(contacts).hasSize(2);

        Contact anna = contacts.get(0);
        assertThat(anna.getDisplayName()).isEqualTo("Анна Петровна Иванова");
        assertThat(anna.getSurname()).isEqualTo("Иванова");
        assertThat(anna.getMiddleName()).isEqualTo("Петровна");
        assertThat(anna.getNickName()).isEqualTo("Аня");
        assertThat(anna.getEmailAddresses()).extracting(EmailAddress::getAddress)
                .containsExactly("anna.ivanova@example.ru", "a.ivanova@yandex-team.example");
        // Graph keeps one mobile: the second CELL number takes the first free phone slot.
        assertThat(anna.getMobilePhone()).isEqualTo("+7 916 123-45-67");
        assertThat(anna.getBusinessPhones()).containsExactly("+7 495 123-45-67", "+7 903 765-43-21");
        assertThat(anna.getHomeAddress().getStreet()).isEqualTo("ул. Тверская, д. 7, кв. 12");
        assertThat(anna.getHomeAddress().getCity()).isEqualTo("Москва");
        assertThat(anna.getCompanyName()).isEqualTo("ООО «Ромашка»");
        assertThat(anna.getBirthday()).isEqualTo("1988-11-23T11:59:00Z");
        assertThat(anna.getBusinessHomePage()).isEqualTo("https://romashka.example.ru");
        assertThat(anna.getPersonalNotes()).isEqualTo("Познакомились на конференции\nв Санкт-Петербурге.");
        assertThat(anna.getCategories()).containsExactly("myContacts", "Коллеги");

        Contact wang = contacts.get(1);
        assertThat(wang.getSurname()).isEqualTo("王");
        assertThat(wang.getGivenName()).isEqualTo("小明");
        assertThat(wang.getBusinessAddress().getStreet()).isEqualTo("建国路88号");
        assertThat(wang.getDepartment()).isEqualTo("研发部");
        assertThat(wang.getYomiGivenName()).isEqualTo("Xiaoming");

        assertRoundTrip(contacts.stream().map(ContactCard::of).toList());
    }

    @Test
    void readsAppleContactsGroupedVCard30Export() throws Exception {
        VCardDataFormat format = vcard("4.0");
        format.setWithPhotos(true);
        List<ContactCard> cards = unmarshal(format, resource("vcard/apple-export.vcf"));
        assertThat(cards).hasSize(1);
        Contact johnny = cards.get(0).contact();
        assertThat(johnny.getDisplayName()).isEqualTo("Johnny Appleseed");
        assertThat(johnny.getCompanyName()).isEqualTo("Apple Inc.");
        assertThat(johnny.getDepartment()).isEqualTo("Developer Relations");
        assertThat(johnny.getEmailAddresses()).extracting(EmailAddress::getAddress)
                .containsExactly("johnny@icloud.example", "johnny.appleseed@apple.example");
        assertThat(johnny.getMobilePhone()).isEqualTo("(408) 555-0199");
        assertThat(johnny.getBusinessPhones()).containsExactly("(408) 996-1010", "(408) 555-0123");
        assertThat(johnny.getHomePhones()).isNull(); // the home number is a fax: Graph has no fax
        assertThat(johnny.getBusinessAddress().getCity()).isEqualTo("Cupertino");
        assertThat(johnny.getHomeAddress().getCity()).isEqualTo("Palo Alto");
        assertThat(johnny.getOtherAddress().getStreet()).isEqualTo("PO Box 42");
        assertThat(johnny.getBusinessHomePage()).isEqualTo("https://developer.apple.example");
        assertThat(johnny.getSpouseName()).isEqualTo("Jane Appleseed");
        assertThat(johnny.getChildren()).containsExactly("Sam Appleseed");
        assertThat(johnny.getManager()).isEqualTo("Tim Cook");
        assertThat(johnny.getImAddresses()).containsExactly("skype:johnny.appleseed", "aim:johnnyapple");
        assertThat(johnny.getBirthday()).isEqualTo("1604-09-26T11:59:00Z"); // Apple's "no year"
        assertThat(cards.get(0).photo()).isEqualTo(PNG);

        assertRoundTrip(cards);
        assertThat(marshalText(vcard("4.0"), johnny)).contains("BDAY:--0926\r\n");
    }

    @Test
    void strictUnmarshalNamesTheCardAndProperty() throws Exception {
        String text = card("Ann", "BDAY:19800101") + card("Bob", "BDAY:sometime in spring")
                      + card("Cy", "EMAIL:not-an-address");
        assertThatThrownBy(() -> unmarshal(vcard("4.0"), text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedContactsException.class)
                .hasMessageStartingWith("card 2, property \"BDAY\": not a date: \"sometime in spring\"")
                .hasMessageContaining("lenient=true");
    }

    @Test
    void lenientUnmarshalKeepsTheGoodCardsAndReportsTheBadOnes() throws Exception {
        String text = card("Ann", "BDAY:19800101") + card("Bob", "BDAY:sometime in spring")
                      + card("Cy", "EMAIL:not-an-address") + card("Di", "NOTE:fine");
        VCardDataFormat format = vcard("4.0");
        format.setLenient(true);
        Exchange exchange = SampleContacts.exchange();
        List<Contact> contacts = unmarshal(format, exchange, text.getBytes(StandardCharsets.UTF_8));
        assertThat(contacts).extracting(Contact::getGivenName).containsExactly("Ann", "Di");
        List<DataFormatProblem> problems = exchange.getMessage().getHeader(ContactDataFormatConstants.PROBLEMS,
                List.class);
        assertThat(problems).extracting(DataFormatProblem::record, DataFormatProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "BDAY"),
                        org.assertj.core.groups.Tuple.tuple(3, "EMAIL"));
    }

    @Test
    void aMalformedLineIsReportedWithItsLineNumber() {
        String text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nthis line has no colon\r\nEND:VCARD\r\n";
        assertThatThrownBy(() -> unmarshal(vcard("4.0"), text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedContactsException.class)
                .hasMessageStartingWith("card 1, line 4: ");
    }

    @Test
    void inputThatIsNotAVCardFailsClearlyEvenWhenLenient() {
        VCardDataFormat lenient = vcard("4.0");
        lenient.setLenient(true);
        assertThatThrownBy(() -> unmarshal(lenient, "First Name,Last Name\nAnn,Lee\n".getBytes()))
                .isInstanceOf(MalformedContactsException.class)
                .hasMessageContaining("no vCard found: the input has no BEGIN:VCARD line");
    }

    @Test
    void badOptionsAndBodiesAreNamed() {
        assertThatThrownBy(() -> new VCardDataFormat().setVersion("2.1"))
                .hasMessage("vcard: version must be 4.0 or 3.0, was \"2.1\"");
        assertThatThrownBy(() -> marshalText(new VCardDataFormat(), List.of(SampleContacts.common(), 42)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vcard marshal: item 2 is a java.lang.Integer; send Contact, ContactCard, a Map or Graph"
                            + " JSON");
    }

    @Test
    void aContactThatCannotBeWrittenIsNamedByPositionAndId() {
        Contact bad = SampleContacts.named("Ann", "Lee", "ann@x.example");
        bad.setId("AAMk-bad");
        bad.setBirthday("last spring");
        assertThatThrownBy(() -> marshalText(new VCardDataFormat(), List.of(SampleContacts.common(), bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vcard marshal: contact 2 (id AAMk-bad): birthday is not an ISO 8601 date: \"last spring\"");
        assertThatThrownBy(() -> marshalText(new OutlookCsvDataFormat(), List.of(bad)))
                .hasMessage("outlook-csv marshal: contact 1 (id AAMk-bad): birthday is not an ISO 8601 date:"
                            + " \"last spring\"");
    }

    private static String card(String given, String extra) {
        return "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:" + given + "\r\nN:;" + given + ";;;\r\n" + extra + "\r\nEND:VCARD\r\n";
    }

    /** Each card written by this format (4.0 and 3.0) reads back to the same contact and photo. */
    private static void assertRoundTrip(List<ContactCard> cards) throws Exception {
        for (String version : List.of("4.0", "3.0")) {
            VCardDataFormat format = vcard(version);
            format.setWithPhotos(true);
            List<ContactCard> back = unmarshal(format, marshal(format, SampleContacts.exchange(), cards));
            assertThat(back.stream().map(c -> SampleContacts.json(c.contact())).toList())
                    .as("vCard " + version)
                    .containsExactlyElementsOf(cards.stream().map(c -> SampleContacts.json(c.contact())).toList());
            assertThat(back).extracting(ContactCard::contact)
                    .as("vCard " + version)
                    .containsExactlyElementsOf(cards.stream().map(ContactCard::contact).toList());
            for (int i = 0; i < cards.size(); i++) {
                assertThat(back.get(i).photo()).isEqualTo(cards.get(i).photo());
            }
        }
    }
}
