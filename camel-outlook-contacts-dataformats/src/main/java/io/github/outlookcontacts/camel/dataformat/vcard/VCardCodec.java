package io.github.outlookcontacts.camel.dataformat.vcard;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import io.github.outlookcontacts.camel.dataformat.support.ContactCard;
import io.github.outlookcontacts.camel.dataformat.support.MalformedContactsException;
import io.github.outlookcontacts.camel.dataformat.support.RecordProblems;

/**
 * A stream of vCards to and from contact cards, with ez-vcard. Reading takes vCard 2.1, 3.0 and 4.0 (each card says its
 * version); writing produces 4.0 or 3.0.
 */
public final class VCardCodec {

    /**
     * ez-vcard's warnings that mean the input is malformed (the others, such as a missing VERSION, are harmless):
     * a value that cannot be parsed, a line that is not a property, a broken quoted-printable value.
     */
    private static final Set<Integer> MALFORMED = Set.of(25, 27, 38);

    private VCardCodec() {
    }

    /**
     * Reads every card of {@code text}; a card with a problem is kept out and reported to {@code problems}, which
     * fails at once when strict.
     */
    public static List<ContactCard> read(String text, RecordProblems problems) {
        List<ContactCard> cards = new ArrayList<>();
        int index = 0;
        try (VCardReader reader = new VCardReader(text)) {
            VCard vcard;
            while ((vcard = reader.readNext()) != null) {
                int card = ++index;
                for (ParseWarning w : reader.getWarnings()) {
                    if (w.getCode() != null && MALFORMED.contains(w.getCode())) {
                        problems.add(card, w.getLineNumber() == null ? 0 : w.getLineNumber(), w.getPropertyName(),
                                w.getMessage());
                    }
                }
                ContactCard read = new VCardToContact((property, message) -> problems.add(card, 0, property, message))
                        .read(vcard);
                if (problems.endRecord()) {
                    cards.add(read);
                }
            }
        } catch (IOException e) {
            // Reading a String does no I/O; a failure here is a bug, not bad input.
            throw new IllegalStateException(e);
        }
        if (index == 0 && !text.isBlank()) {
            // Not a bad card among good ones but the wrong file: fails in lenient mode too.
            throw new MalformedContactsException("vcard: no vCard found: the input has no BEGIN:VCARD line",
                    List.of());
        }
        return cards;
    }

    /** Writes the cards in {@code version}; the writer is flushed, not closed. */
    public static void write(Iterable<ContactCard> cards, Writer out, VCardVersion version) throws IOException {
        ContactToVCard mapping = new ContactToVCard(version);
        VCardWriter writer = new VCardWriter(out, version);
        writer.setAddProdId(false);
        // RFC 6868: a display name may hold " or a line break, which a parameter value can carry only caret-encoded.
        writer.setCaretEncodingEnabled(true);
        int index = 0;
        for (ContactCard card : cards) {
            index++;
            try {
                writer.write(mapping.toVCard(card));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("vcard marshal: contact " + index + " (id " + card.contact().getId()
                                                   + "): " + e.getMessage(), e);
            }
        }
        writer.flush();
    }
}
