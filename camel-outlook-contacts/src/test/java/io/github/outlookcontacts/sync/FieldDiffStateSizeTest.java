package io.github.outlookcontacts.sync;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How much the field diff keeps: 100,000 realistic contacts (the emulator's generator) remembered in both modes. The
 * figures are printed (docs/two-way-sync.md quotes them); the bounds only catch a format that grew by accident.
 */
class FieldDiffStateSizeTest {

    static final int CONTACTS = 100_000;

    @Test
    void stateSizePerHundredThousandContacts() {
        ContactStore emulator = new ContactStore();
        String folder = emulator.bulkGenerate("adele@emulator.local", "Big", CONTACTS, 4711);
        long fields = stateChars(emulator, folder, FieldDiff.Mode.FIELDS);
        long values = stateChars(emulator, folder, FieldDiff.Mode.VALUES);
        System.out.printf(Locale.ROOT, "[field diff state] %,d contacts: diff=fields %,d chars (%.1f per contact),"
                + " diff=values %,d chars (%.1f per contact), in %d buckets%n", CONTACTS, fields,
                fields / (double) CONTACTS, values, values / (double) CONTACTS, FieldStore.BUCKETS);
        assertThat(fields).isLessThan(110L * CONTACTS);
        assertThat(values).isLessThan(600L * CONTACTS);
    }

    private static long stateChars(ContactStore emulator, String folder, FieldDiff.Mode mode) {
        MapCursorStore store = new MapCursorStore();
        FieldDiff diff = new FieldDiff(store, Mailbox.of("me"), folder, mode,
                Set.of("changeKey", "lastModifiedDateTime"));
        int n = 0;
        for (ContactEntry entry : emulator.contacts("adele@emulator.local", folder)) {
            ObjectNode json = entry.properties();
            json.put("id", entry.id()).put("changeKey", entry.changeKey()).put("parentFolderId", folder)
                    .put("@odata.etag", entry.etag()).put("createdDateTime", "2026-01-01T00:00:00Z")
                    .put("lastModifiedDateTime", "2026-01-01T00:00:00Z");
            diff.diff(new ContactChange(ChangeType.CREATED, folder, GraphJson.fromTree(json, Contact.class), null),
                    null);
            if (++n % 200 == 0) {
                diff.commit(); // a page
            }
        }
        diff.commit();
        return store.values.entrySet().stream().mapToLong(e -> e.getKey().length() + e.getValue().length()).sum();
    }
}
