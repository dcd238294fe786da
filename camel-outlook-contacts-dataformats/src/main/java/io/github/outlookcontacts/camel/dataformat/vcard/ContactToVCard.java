package io.github.outlookcontacts.camel.dataformat.vcard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.ImageType;
import ezvcard.parameter.RelatedType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Impp;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;
import io.github.outlookcontacts.camel.dataformat.support.Birthdays;
import io.github.outlookcontacts.camel.dataformat.support.ContactCard;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.EmailAddress;
import io.github.outlookcontacts.model.PhysicalAddress;

/**
 * Builds the vCard of a contact (and its photo) for vCard 4.0 or 3.0. The mapping is documented in
 * {@code docs/dataformats.md}; each Graph field has one place, so reading the card back gives the same contact.
 */
public final class ContactToVCard {

    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.+");
    private static final AddressType OTHER_ADDRESS = AddressType.get("other");

    private final VCardVersion version;

    public ContactToVCard(VCardVersion version) {
        this.version = version;
    }

    public VCard toVCard(ContactCard card) {
        Contact c = card.contact();
        VCard v = new VCard(version);
        if (c.getId() != null) {
            v.setUid(new Uid(c.getId()));
        }
        names(c, v);
        emails(c, v);
        phones(c, v);
        address(v, c.getHomeAddress(), AddressType.HOME);
        address(v, c.getBusinessAddress(), AddressType.WORK);
        address(v, c.getOtherAddress(), OTHER_ADDRESS);
        birthday(c, v);
        organisation(c, v);
        if (c.getPersonalNotes() != null) {
            v.addNote(c.getPersonalNotes());
        }
        if (c.getCategories() != null && !c.getCategories().isEmpty()) {
            v.setCategories(c.getCategories().toArray(String[]::new));
        }
        if (c.getBusinessHomePage() != null) {
            Url url = new Url(c.getBusinessHomePage());
            url.setType("work");
            v.addUrl(url);
        }
        ims(c, v);
        relations(c, v);
        for (VCardExtensions.TextField field : VCardExtensions.TEXT_FIELDS) {
            String value = field.getter().apply(c);
            if (value != null) {
                v.addExtendedProperty(field.property(), value);
            }
        }
        if (card.hasPhoto()) {
            v.addPhoto(new Photo(card.photo(), imageType(card)));
        }
        return v;
    }

    private void names(Contact c, VCard v) {
        boolean anyName = Stream.of(c.getSurname(), c.getGivenName(), c.getMiddleName(), c.getTitle(),
                c.getGeneration()).anyMatch(s -> s != null);
        // vCard 3.0 requires N; 4.0 only when there is a name.
        if (anyName || version != VCardVersion.V4_0) {
            StructuredName n = new StructuredName();
            n.setFamily(c.getSurname());
            n.setGiven(c.getGivenName());
            addIfSet(n.getAdditionalNames(), c.getMiddleName());
            addIfSet(n.getPrefixes(), c.getTitle());
            addIfSet(n.getSuffixes(), c.getGeneration());
            v.setStructuredName(n);
        }
        // FN is required in both versions: the display name, else the names, else the first address.
        v.setFormattedName(formattedName(c));
        if (c.getNickName() != null) {
            v.setNickname(c.getNickName());
        }
    }

    private static String formattedName(Contact c) {
        if (c.getDisplayName() != null) {
            return c.getDisplayName();
        }
        String composed = Stream.of(c.getTitle(), c.getGivenName(), c.getMiddleName(), c.getSurname(),
                c.getGeneration()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        if (!composed.isEmpty()) {
            return composed;
        }
        if (c.getEmailAddresses() != null && !c.getEmailAddresses().isEmpty()) {
            return c.getEmailAddresses().get(0).getAddress();
        }
        return c.getCompanyName() == null ? "" : c.getCompanyName();
    }

    private void emails(Contact c, VCard v) {
        List<EmailAddress> emails = c.getEmailAddresses();
        if (emails == null) {
            return;
        }
        int pref = 1;
        for (EmailAddress e : emails) {
            if (e == null || e.getAddress() == null) {
                continue;
            }
            Email email = new Email(e.getAddress());
            if (version != VCardVersion.V4_0) {
                email.getTypes().add(EmailType.INTERNET);
            }
            // Graph keeps the addresses in order without types: the order travels as PREF.
            email.setPref(pref++);
            if (e.getName() != null) {
                email.getParameters().put(VCardExtensions.EMAIL_DISPLAY_NAME, e.getName());
            }
            v.addEmail(email);
        }
    }

    private static void phones(Contact c, VCard v) {
        phones(v, c.getBusinessPhones(), TelephoneType.WORK);
        phones(v, c.getHomePhones(), TelephoneType.HOME);
        if (c.getMobilePhone() != null) {
            v.addTelephoneNumber(c.getMobilePhone(), TelephoneType.CELL);
        }
    }

    private static void phones(VCard v, List<String> numbers, TelephoneType type) {
        if (numbers == null) {
            return;
        }
        for (String number : numbers) {
            if (number != null) {
                Telephone tel = new Telephone(number);
                tel.getTypes().add(type);
                tel.getTypes().add(TelephoneType.VOICE);
                v.addTelephoneNumber(tel);
            }
        }
    }

    private static void address(VCard v, PhysicalAddress a, AddressType type) {
        if (a == null || Stream.of(a.getStreet(), a.getCity(), a.getState(), a.getPostalCode(),
                a.getCountryOrRegion()).allMatch(s -> s == null)) {
            return;
        }
        Address adr = new Address();
        adr.setStreetAddress(a.getStreet());
        adr.setLocality(a.getCity());
        adr.setRegion(a.getState());
        adr.setPostalCode(a.getPostalCode());
        adr.setCountry(a.getCountryOrRegion());
        adr.getTypes().add(type);
        v.addAddress(adr);
    }

    private void birthday(Contact c, VCard v) {
        LocalDate date = Birthdays.dateOf(c.getBirthday());
        if (date == null) {
            return;
        }
        if (date.getYear() == VCardExtensions.NO_YEAR && version == VCardVersion.V4_0) {
            v.setBirthday(new Birthday(PartialDate.builder().month(date.getMonthValue())
                    .date(date.getDayOfMonth()).build()));
        } else {
            v.setBirthday(new Birthday(date));
        }
    }

    private static void organisation(Contact c, VCard v) {
        if (c.getCompanyName() != null || c.getDepartment() != null) {
            Organization org = new Organization();
            org.getValues().add(c.getCompanyName() == null ? "" : c.getCompanyName());
            if (c.getDepartment() != null) {
                org.getValues().add(c.getDepartment());
            }
            v.setOrganization(org);
        }
        if (c.getJobTitle() != null) {
            v.addTitle(c.getJobTitle());
        }
        if (c.getProfession() != null) {
            v.addRole(c.getProfession());
        }
    }

    private static void ims(Contact c, VCard v) {
        if (c.getImAddresses() == null) {
            return;
        }
        for (String im : c.getImAddresses()) {
            if (im == null) {
                continue;
            }
            if (URI_SCHEME.matcher(im).matches()) {
                v.addImpp(new Impp(im));
            } else {
                // IMPP needs a URI; Outlook writes its bare addresses (often SIP) this way.
                v.addExtendedProperty(VCardExtensions.MS_IM_ADDRESS, im);
            }
        }
    }

    private void relations(Contact c, VCard v) {
        if (c.getSpouseName() != null) {
            related(v, c.getSpouseName(), RelatedType.SPOUSE, VCardExtensions.SPOUSE);
        }
        if (c.getChildren() != null) {
            for (String child : c.getChildren()) {
                if (child != null) {
                    related(v, child, RelatedType.CHILD, VCardExtensions.CHILD);
                }
            }
        }
    }

    private void related(VCard v, String name, RelatedType type, String legacyProperty) {
        if (version == VCardVersion.V4_0) {
            Related related = new Related();
            related.setText(name);
            related.getTypes().add(type);
            v.addRelated(related);
        } else {
            v.addExtendedProperty(legacyProperty, name);
        }
    }

    private static ImageType imageType(ContactCard card) {
        String mediaType = card.photoContentType();
        if (mediaType == null) {
            try {
                mediaType = URLConnection.guessContentTypeFromStream(new ByteArrayInputStream(card.photo()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mediaType == null ? ImageType.JPEG : ImageType.get(null, mediaType, null);
    }

    private static void addIfSet(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }
}
