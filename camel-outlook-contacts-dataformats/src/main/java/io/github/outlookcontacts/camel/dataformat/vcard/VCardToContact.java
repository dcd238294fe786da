package io.github.outlookcontacts.camel.dataformat.vcard;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Impp;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;
import io.github.outlookcontacts.camel.dataformat.support.Birthdays;
import io.github.outlookcontacts.camel.dataformat.support.FieldProblems;
import io.github.outlookcontacts.camel.dataformat.support.ContactCard;
import io.github.outlookcontacts.camel.dataformat.support.EmailAddresses;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.EmailAddress;
import io.github.outlookcontacts.model.PhysicalAddress;

/**
 * Reads one parsed vCard (2.1, 3.0 or 4.0, as Outlook, Google, Apple and RFC 6350 write them) into a contact and its
 * photo. Values Graph has no place for (fax and pager numbers, a fourth address, photos given as URLs) are not carried;
 * values that cannot be read (a birthday that is not a date, an email without {@code @}) are reported to the sink.
 */
public final class VCardToContact {

    /** Graph's limits per contact. */
    private static final int MAX_EMAILS = 3;
    private static final int MAX_IMS = 3;

    private final FieldProblems problems;

    public VCardToContact(FieldProblems problems) {
        this.problems = problems;
    }

    public ContactCard read(VCard v) {
        Contact c = new Contact();
        if (v.getUid() != null) {
            c.setId(v.getUid().getValue());
        }
        names(v, c);
        emails(v, c);
        PhoneSlots.place(v.getTelephoneNumbers(), c);
        addresses(v, c);
        birthday(v, c);
        organisation(v, c);
        // vCard's one line break is \n; 2.1 quoted-printable notes (Outlook) carry \r\n: one form, whatever the source.
        set(v.getNotes().stream().map(Note::getValue).map(n -> n == null ? null : n.replace("\r\n", "\n")), "\n",
                c::setPersonalNotes);
        categories(v, c);
        v.getUrls().stream().sorted(Comparator.comparing(u -> !"work".equalsIgnoreCase(u.getType()))).findFirst()
                .map(Url::getValue).ifPresent(c::setBusinessHomePage);
        ims(v, c);
        RelatedNames.read(v, c);
        for (VCardExtensions.TextField field : VCardExtensions.TEXT_FIELDS) {
            Values.firstExtended(v, field.property()).ifPresent(value -> field.setter().accept(c, value));
        }
        return photo(v, c);
    }

    private static void names(VCard v, Contact c) {
        StructuredName n = v.getStructuredName();
        if (n != null) {
            c.setSurname(Values.blankToNull(n.getFamily()));
            c.setGivenName(Values.blankToNull(n.getGiven()));
            c.setMiddleName(Values.joined(n.getAdditionalNames()));
            c.setTitle(Values.joined(n.getPrefixes()));
            c.setGeneration(Values.joined(n.getSuffixes()));
        }
        if (v.getFormattedName() != null) {
            c.setDisplayName(Values.blankToNull(v.getFormattedName().getValue()));
        }
        if (v.getNickname() != null && !v.getNickname().getValues().isEmpty()) {
            c.setNickName(Values.blankToNull(v.getNickname().getValues().get(0)));
        }
    }

    private void emails(VCard v, Contact c) {
        // Graph has no email types: the preferred addresses come first, then file order.
        List<Email> ordered = v.getEmails().stream()
                .sorted(Comparator.comparing(e -> e.getPref() == null ? Integer.MAX_VALUE : e.getPref()))
                .toList();
        List<EmailAddress> out = new ArrayList<>();
        for (Email e : ordered) {
            String address = e.getValue() == null ? "" : e.getValue().strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!EmailAddresses.looksLikeAddress(address)) {
                problems.problem("EMAIL", EmailAddresses.NOT_AN_ADDRESS);
                continue;
            }
            if (out.size() < MAX_EMAILS) {
                out.add(new EmailAddress(e.getParameter(VCardExtensions.EMAIL_DISPLAY_NAME), address));
            }
        }
        if (!out.isEmpty()) {
            c.setEmailAddresses(out);
        }
    }

    private static void addresses(VCard v, Contact c) {
        for (Address adr : v.getAddresses()) {
            PhysicalAddress a = physical(adr);
            if (a == null) {
                continue;
            }
            Set<String> types = adr.getTypes().stream().map(t -> t.getValue().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            if (types.contains("home") && c.getHomeAddress() == null) {
                c.setHomeAddress(a);
            } else if (types.contains("work") && c.getBusinessAddress() == null) {
                c.setBusinessAddress(a);
            } else if (c.getOtherAddress() == null) {
                c.setOtherAddress(a);
            }
        }
    }

    private static PhysicalAddress physical(Address adr) {
        String street = Stream.of(adr.getPoBoxes(), adr.getExtendedAddresses(), adr.getStreetAddresses())
                .flatMap(List::stream).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
        PhysicalAddress a = new PhysicalAddress();
        a.setStreet(Values.blankToNull(street));
        a.setCity(Values.blankToNull(adr.getLocality()));
        a.setState(Values.blankToNull(adr.getRegion()));
        a.setPostalCode(Values.blankToNull(adr.getPostalCode()));
        a.setCountryOrRegion(Values.blankToNull(adr.getCountry()));
        return Stream.of(a.getStreet(), a.getCity(), a.getState(), a.getPostalCode(), a.getCountryOrRegion())
                .allMatch(s -> s == null) ? null : a;
    }

    private void birthday(VCard v, Contact c) {
        Birthday bday = v.getBirthday();
        if (bday == null) {
            return;
        }
        LocalDate date = null;
        if (bday.getDate() != null) {
            date = localDate(bday.getDate());
        } else if (bday.getPartialDate() != null) {
            PartialDate p = bday.getPartialDate();
            if (p.getMonth() != null && p.getDate() != null) {
                date = LocalDate.of(p.getYear() == null ? VCardExtensions.NO_YEAR : p.getYear(), p.getMonth(),
                        p.getDate());
            }
        }
        if (date == null) {
            problems.problem("BDAY", "not a date: \"" + shorten(bday.getText()) + "\"");
        } else {
            c.setBirthday(Birthdays.toGraph(date));
        }
    }

    private static LocalDate localDate(Temporal t) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t.isSupported(ChronoField.EPOCH_DAY)) {
            return LocalDate.ofEpochDay(t.getLong(ChronoField.EPOCH_DAY));
        }
        // An Instant: the date in UTC.
        return LocalDate.ofInstant(java.time.Instant.from(t), java.time.ZoneOffset.UTC);
    }

    private static void organisation(VCard v, Contact c) {
        Organization org = v.getOrganization();
        if (org != null && !org.getValues().isEmpty()) {
            c.setCompanyName(Values.blankToNull(org.getValues().get(0)));
            if (org.getValues().size() > 1) {
                c.setDepartment(Values.joined(org.getValues().subList(1, org.getValues().size()), "; "));
            }
        }
        set(v.getTitles().stream().map(t -> t.getValue()), "; ", c::setJobTitle);
        set(v.getRoles().stream().map(r -> r.getValue()), "; ", c::setProfession);
    }

    private static void categories(VCard v, Contact c) {
        Set<String> all = new LinkedHashSet<>();
        for (Categories cats : v.getCategoriesList()) {
            cats.getValues().stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
        }
        if (!all.isEmpty()) {
            c.setCategories(new ArrayList<>(all));
        }
    }

    private static void ims(VCard v, Contact c) {
        Set<String> ims = new LinkedHashSet<>();
        for (Impp impp : v.getImpps()) {
            if (impp.getUri() != null) {
                ims.add(impp.getUri().toString());
            }
        }
        for (RawProperty raw : v.getExtendedProperties()) {
            String name = raw.getPropertyName().toUpperCase(Locale.ROOT);
            String value = Values.blankToNull(raw.getValue());
            if (value == null) {
                continue;
            }
            if (name.equals(VCardExtensions.MS_IM_ADDRESS)) {
                ims.add(value);
            } else if (VCardExtensions.IM_PROPERTIES.containsKey(name)) {
                ims.add(value.contains(":") ? value : VCardExtensions.IM_PROPERTIES.get(name) + ":" + value);
            }
        }
        if (!ims.isEmpty()) {
            c.setImAddresses(ims.stream().limit(MAX_IMS).collect(Collectors.toCollection(ArrayList::new)));
        }
    }

    private static ContactCard photo(VCard v, Contact c) {
        for (Photo photo : v.getPhotos()) {
            if (photo.getData() != null && photo.getData().length > 0) {
                String type = photo.getContentType() == null ? null : photo.getContentType().getMediaType();
                return new ContactCard(c, photo.getData(), type);
            }
            // A photo given as a URL is not fetched: reading a file never reaches the network.
        }
        for (RawProperty picture : v.getExtendedProperties(VCardExtensions.MS_CARD_PICTURE)) {
            String base64 = picture.getValue() == null ? "" : picture.getValue().replaceAll("\\s", "");
            if (!base64.isEmpty()) {
                try {
                    return new ContactCard(c, Base64.getDecoder().decode(base64), "image/jpeg");
                } catch (IllegalArgumentException e) {
                    // Not base64: no photo, as Outlook itself would show.
                }
            }
        }
        return ContactCard.of(c);
    }

    private static void set(Stream<String> values, String separator, Consumer<String> setter) {
        String joined = values.filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(separator));
        if (!joined.isEmpty()) {
            setter.accept(joined);
        }
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
