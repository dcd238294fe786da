package io.github.outlookcontacts.camel.dataformat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.outlookcontacts.camel.dataformat.csv.OutlookCsvLayout;
import io.github.outlookcontacts.camel.dataformat.support.DataFormatProblem;
import io.github.outlookcontacts.camel.dataformat.support.MalformedContactsException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.EmailAddress;
import org.apache.camel.Exchange;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static io.github.outlookcontacts.camel.dataformat.SampleContacts.marshal;
import static io.github.outlookcontacts.camel.dataformat.SampleContacts.resource;
import static io.github.outlookcontacts.camel.dataformat.SampleContacts.unmarshal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutlookCsvDataFormatTest {

    private static final String HEADER_LINE = "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Suffix\","
                                              + "\"Company\",\"Department\",\"Job Title\",\"Business Street\"";

    /** What Outlook's CSV carries of a contact (no display name, nickname, IM addresses or id). */
    private static Contact csvShaped(Contact c) {
        c.setDisplayName(null);
        return c;
    }

    @Test
    void writesOutlooksHeaderBomQuotesAndCrlf() throws Exception {
        Exchange exchange = SampleContacts.exchange();
        byte[] bytes = marshal(new OutlookCsvDataFormat(), exchange, List.of(csvShaped(SampleContacts.common())));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf("\r\n"));
        assertThat(header).startsWith(HEADER_LINE).endsWith("\"User 4\",\"Web Page\"");
        assertThat(header.split(",")).hasSize(92).containsExactlyElementsOf(
                OutlookCsvLayout.HEADER.stream().map(h -> "\"" + h + "\"").toList());
        assertThat(text).contains("\"Mr.\",\"John\",\"Quincy\",\"Smith\",\"Jr.\",\"Contoso; Ltd.\",\"Sales\","
                                  + "\"Account Manager\",\"One Microsoft Way\",\"Building 92\",\"\",\"Redmond\"");
        assertThat(text).contains("\"Customers;VIP;Key, West\"", "\"7/4/1975\"", "\"SMTP\"",
                "\"Met at the fair.\r\nPrefers calls, \"\"never\"\" on Fridays; see CRM.\"");
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/csv;charset=UTF-8");
    }

    @Test
    void everyMappedFieldSurvivesARoundTrip() throws Exception {
        List<Contact> contacts = List.of(csvShaped(SampleContacts.common()),
                csvShaped(SampleContacts.named("Анна", "Иванова", "anna@example.ru")),
                csvShaped(SampleContacts.named("小明", "王", "xiaoming@example.cn")));
        contacts.get(0).setInitials("J.Q.S.");
        contacts.get(0).setOfficeLocation("Building 92/2051");
        OutlookCsvDataFormat csv = new OutlookCsvDataFormat();
        List<Contact> back = unmarshal(csv, marshal(csv, SampleContacts.exchange(), contacts));
        assertThat(back.stream().map(SampleContacts::json).toList())
                .containsExactlyElementsOf(contacts.stream().map(SampleContacts::json).toList());
        assertThat(back).containsExactlyElementsOf(contacts);
    }

    @Test
    void anIteratorBodyIsWrittenOneContactAtATime() throws Exception {
        // The producer's list with streamList=true answers an Iterator: it is consumed as rows are written.
        java.util.Iterator<Contact> contacts = java.util.stream.IntStream.range(0, 500)
                .mapToObj(i -> csvShaped(SampleContacts.named("N" + i, "S" + i, "n" + i + "@x.example"))).iterator();
        OutlookCsvDataFormat csv = new OutlookCsvDataFormat();
        List<Contact> back = unmarshal(csv, marshal(csv, SampleContacts.exchange(), contacts));
        assertThat(back).hasSize(500);
        assertThat(back.get(499).getGivenName()).isEqualTo("N499");
        assertThat(contacts.hasNext()).isFalse();
    }

    @Test
    void readsOutlooksDesktopExport() throws Exception {
        List<Contact> contacts = unmarshal(new OutlookCsvDataFormat(), resource("csv/outlook-export.csv"));
        assertThat(contacts).hasSize(4);
        Contact john = contacts.get(0);
        assertThat(john.getTitle()).isEqualTo("Mr."); // the BOM is not part of the first column's name
        assertThat(john.getGivenName()).isEqualTo("John");
        assertThat(john.getGeneration()).isEqualTo("Jr.");
        assertThat(john.getBusinessAddress().getStreet()).isEqualTo("One Microsoft Way\nBuilding 92");
        assertThat(john.getBusinessPhones()).containsExactly("+1 425 555 0100", "+1 425 555 0101");
        assertThat(john.getHomePhones()).containsExactly("+1 425 555 0199");
        assertThat(john.getBirthday()).isEqualTo("1975-07-04T11:59:00Z");
        assertThat(john.getCategories()).containsExactly("Customers", "VIP");
        assertThat(john.getEmailAddresses()).extracting(EmailAddress::getName, EmailAddress::getAddress)
                .containsExactly(Tuple.tuple("John Smith (john.smith@contoso.com)", "john.smith@contoso.com"),
                        Tuple.tuple("jsmith@example.net", "jsmith@example.net"));
        assertThat(john.getPersonalNotes())
                .isEqualTo("Met at the Redmond fair.\r\nPrefers calls before noon, \"never\" on Fridays.");
        assertThat(john.getManager()).isEqualTo("Kim Akers");
        assertThat(john.getSpouseName()).isEqualTo("Jane Smith");
        assertThat(john.getBusinessHomePage()).isEqualTo("https://www.contoso.com/");

        assertThat(contacts.get(1).getSurname()).isEqualTo("Müller");
        assertThat(contacts.get(1).getBusinessAddress().getStreet()).isEqualTo("Königstraße 12");
        assertThat(contacts.get(1).getBirthday()).isNull(); // Outlook's 0/0/00
        assertThat(contacts.get(2).getMiddleName()).isEqualTo("Петровна");
        assertThat(contacts.get(2).getBirthday()).isEqualTo("1988-11-23T11:59:00Z");
        assertThat(contacts.get(3).getCompanyName()).isEqualTo("北京示例科技有限公司");
    }

    @Test
    void readsColumnsInAnyOrderIgnoresUnknownOnesAndNeedsNoBom() throws Exception {
        List<Contact> contacts = unmarshal(new OutlookCsvDataFormat(), resource("csv/reordered-no-bom.csv"));
        assertThat(contacts).hasSize(2);
        Contact ana = contacts.get(0);
        assertThat(ana.getGivenName()).isEqualTo("Ana");
        assertThat(ana.getSurname()).isEqualTo("García");
        assertThat(ana.getNickName()).isEqualTo("Anita");
        assertThat(ana.getPersonalNotes()).isEqualTo("Line one\nLine two");
        assertThat(ana.getBirthday()).isEqualTo("1990-02-01T11:59:00Z");
        assertThat(ana.getCategories()).containsExactly("Friends", "Family");
        assertThat(ana.getAdditionalProperties()).isEmpty(); // "Crm Id" is not Outlook's
        assertThat(contacts.get(1).getEmailAddresses()).extracting(EmailAddress::getAddress)
                .containsExactly("bob@example.org");
    }

    @Test
    void strictUnmarshalNamesTheLineAndColumn() {
        // Row 1 spans lines 2-3 (a two-line note), so row 2 starts on line 4.
        String csv = "First Name,Notes,Birthday\r\nAnn,\"two\r\nlines\",1/2/1980\r\nBob,,13/45/1980\r\n";
        assertThatThrownBy(() -> unmarshal(new OutlookCsvDataFormat(), csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedContactsException.class)
                .hasMessageStartingWith("row 2, line 4, column \"Birthday\": not a date in M/d/yyyy or yyyy-MM-dd:"
                                        + " \"13/45/1980\"");
    }

    @Test
    void lenientUnmarshalKeepsTheGoodRowsAndReportsTheBadOnes() throws Exception {
        String csv = "First Name,E-mail Address,Birthday\nAnn,ann@x.example,\nBob,bob-at-example,\nCy,cy@x.example,"
                     + "someday\nDi,di@x.example,3/4/1990\n";
        OutlookCsvDataFormat format = new OutlookCsvDataFormat();
        format.setLenient(true);
        Exchange exchange = SampleContacts.exchange();
        List<Contact> contacts = unmarshal(format, exchange, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(contacts).extracting(Contact::getGivenName).containsExactly("Ann", "Di");
        List<DataFormatProblem> problems = exchange.getMessage().getHeader(ContactDataFormatConstants.PROBLEMS,
                List.class);
        assertThat(problems).extracting(DataFormatProblem::record, DataFormatProblem::line, DataFormatProblem::field)
                .containsExactly(Tuple.tuple(2, 3, "E-mail Address"), Tuple.tuple(3, 4, "Birthday"));
    }

    @Test
    void exchangeDirectoryAddressesAreNotCarriedAndNotErrors() throws Exception {
        String csv = "First Name,E-mail Address,E-mail Type,E-mail 2 Address,E-mail 2 Type\n"
                     + "Ann,/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=ann,EX,ann@x.example,SMTP\n";
        List<Contact> contacts = unmarshal(new OutlookCsvDataFormat(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(contacts.get(0).getEmailAddresses()).extracting(EmailAddress::getAddress)
                .containsExactly("ann@x.example");
    }

    @Test
    void aRowWithTooManyValuesIsReported() {
        String csv = "First Name,Last Name\nAnn,Lee\nBob,Ray,extra\n";
        assertThatThrownBy(() -> unmarshal(new OutlookCsvDataFormat(), csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedContactsException.class)
                .hasMessageStartingWith("row 2, line 3: 3 values, but the header has 2 columns");
    }

    @Test
    void brokenQuotingAndForeignHeadersFailTheWholeFileNamingTheLine() {
        String unterminated = "First Name,Notes\nAnn,\"never closed\nBob,fine\n";
        assertThatThrownBy(() -> unmarshal(new OutlookCsvDataFormat(), unterminated.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedContactsException.class)
                .hasMessageStartingWith("outlook-csv: the file is not valid CSV at line");
        assertThatThrownBy(() -> unmarshal(new OutlookCsvDataFormat(), "id,name\n1,Ann\n".getBytes()))
                .isInstanceOf(MalformedContactsException.class)
                .hasMessageStartingWith("outlook-csv: line 1 is not an Outlook CSV header");
    }

    @Test
    void dateFormatAndCharsetOptions() throws Exception {
        OutlookCsvDataFormat german = new OutlookCsvDataFormat();
        german.setDateFormat("dd.MM.yyyy");
        german.setCharset("windows-1252");
        Contact c = SampleContacts.named("Jürgen", "Müller", "j@x.example");
        c.setDisplayName(null);
        c.setBirthday("1975-07-04T11:59:00Z");
        byte[] bytes = marshal(german, SampleContacts.exchange(), c);
        assertThat(bytes[0]).isEqualTo((byte) '"'); // no BOM outside UTF-8
        assertThat(new String(bytes, "windows-1252")).contains("\"04.07.1975\"", "\"Jürgen\"");
        assertThat(unmarshal(german, bytes)).containsExactly(c);

        assertThatThrownBy(() -> german.setCharset("klingon")).hasMessageStartingWith("outlook-csv: charset \"klingon\"");
        assertThatThrownBy(() -> german.setDateFormat("dd.MM.yyyy{")).hasMessageStartingWith(
                "outlook-csv: dateFormat \"dd.MM.yyyy{\" is not a java.time date pattern");
    }
}
