package io.github.outlookcontacts.camel.dataformat.vcard;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.github.outlookcontacts.model.Contact;

/**
 * The non-standard vCard properties that carry a Graph field with no RFC 6350 counterpart, as Outlook (X-MS-*) and
 * Apple (X-PHONETIC-*) write them; and the exporters' instant-messaging properties with the URI scheme each stands for.
 */
final class VCardExtensions {

    /** One text field carried in an extended property. */
    record TextField(String property, Function<Contact, String> getter, BiConsumer<Contact, String> setter) {
    }

    static final List<TextField> TEXT_FIELDS = List.of(
            new TextField("X-MS-MANAGER", Contact::getManager, Contact::setManager),
            new TextField("X-MS-ASSISTANT", Contact::getAssistantName, Contact::setAssistantName),
            new TextField("X-PHONETIC-FIRST-NAME", Contact::getYomiGivenName, Contact::setYomiGivenName),
            new TextField("X-PHONETIC-LAST-NAME", Contact::getYomiSurname, Contact::setYomiSurname),
            new TextField("X-PHONETIC-ORG", Contact::getYomiCompanyName, Contact::setYomiCompanyName));

    /** Outlook's spouse and child properties (vCard 3.0 has no RELATED); read in any version. */
    static final String SPOUSE = "X-MS-SPOUSE";
    static final String CHILD = "X-MS-CHILD";

    /** Outlook's IM address: a bare address, no URI scheme. */
    static final String MS_IM_ADDRESS = "X-MS-IMADDRESS";

    /** Outlook's own picture property, read when a card has no PHOTO. */
    static final String MS_CARD_PICTURE = "X-MS-CARDPICTURE";

    /** Parameter carrying a Graph email address's display name. */
    static final String EMAIL_DISPLAY_NAME = "X-DISPLAY-NAME";

    /** Apple's related-name property; its X-ABLabel in the same group says who it is. */
    static final String APPLE_RELATED_NAMES = "X-ABRELATEDNAMES";
    static final String APPLE_LABEL = "X-ABLabel";

    /** Pre-IMPP instant-messaging properties (Apple, Google, Evolution) and the URI scheme of each. */
    static final Map<String, String> IM_PROPERTIES = Map.of(
            "X-AIM", "aim",
            "X-ICQ", "icq",
            "X-JABBER", "xmpp",
            "X-GTALK", "xmpp",
            "X-GOOGLE-TALK", "xmpp",
            "X-MSN", "msnim",
            "X-YAHOO", "ymsgr",
            "X-SKYPE", "skype",
            "X-SKYPE-USERNAME", "skype");

    /** Graph's birthday carries a year; Apple writes 1604 for "no year", and so does this data format. */
    static final int NO_YEAR = 1604;

    private VCardExtensions() {
    }
}
