package io.github.outlookcontacts.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;

/**
 * The embedded Microsoft Graph emulator, seeded with realistic contacts in several folders. The demo authenticates
 * with any bearer token (the emulator's lenient mode maps it to the default user's mailbox).
 */
final class EmbeddedEmulator implements DemoTarget {

    private static final String USER = Principal.DEFAULT_USER;
    private static final String[][] FOLDERS = {
            { "Clients", "40" }, { "Clients/Europe", "25" }, { "Clients/Asia", "10" }, { "Partners", "15" },
            { "Suppliers", "10" } };

    private final GraphEmulator emulator;
    private final int seeded;

    private EmbeddedEmulator(GraphEmulator emulator, int seeded) {
        this.emulator = emulator;
        this.seeded = seeded;
    }

    static EmbeddedEmulator start(DemoOptions options) {
        GraphEmulator emulator = GraphEmulator.builder().port(0).build().start();
        int total = 0;
        for (int i = 0; i < FOLDERS.length; i++) {
            int count = options.seed() * Integer.parseInt(FOLDERS[i][1]) / 100;
            emulator.store().seed(USER, FOLDERS[i][0], count, 42 + i);
            total += count;
        }
        return new EmbeddedEmulator(emulator, total);
    }

    @Override
    public String endpointOptions() {
        return "baseUrl=RAW(" + emulator.baseUrl() + ")&accessToken=RAW(demo-token)";
    }

    @Override
    public int expectedContacts() {
        return seeded;
    }

    @Override
    public boolean canMakeChanges() {
        return true;
    }

    @Override
    public Map<String, Integer> makeChanges() {
        ContactStore store = emulator.store();
        String clients = store.folderIdByPath(USER, "Clients");
        String europe = store.folderIdByPath(USER, "Clients/Europe");
        String asia = store.folderIdByPath(USER, "Clients/Asia");
        String partners = store.folderIdByPath(USER, "Partners");
        store.createContact(USER, clients, "{\"givenName\":\"Zoë\",\"surname\":\"Łukasiewicz\","
                                           + "\"emailAddresses\":[{\"address\":\"zoe@example.pl\"}]}");
        store.createContact(USER, clients, "{\"givenName\":\"Jürgen\",\"surname\":\"Groß\",\"companyName\":\"ACME\"}");
        store.createContact(USER, clients, "{\"displayName\":\"王小明\",\"mobilePhone\":\"+86 10 5555 0101\"}");
        List<ContactEntry> partnerContacts = new ArrayList<>(store.contacts(USER, partners));
        store.updateContact(USER, partnerContacts.get(0).id(), "{\"jobTitle\":\"Head of Partnerships\"}");
        store.updateContact(USER, partnerContacts.get(1).id(), "{\"mobilePhone\":\"+49 30 5555 0199\"}");
        store.deleteContact(USER, store.contacts(USER, asia).iterator().next().id());
        store.moveContact(USER, store.contacts(USER, europe).iterator().next().id(), partners);
        // A move between two synced folders arrives once, as an update carrying the new folder id.
        return Map.of("created", 3, "updated", 3, "deleted", 1);
    }

    @Override
    public String describe() {
        return "embedded Microsoft Graph emulator at " + emulator.baseUrl() + " (" + seeded + " contacts in "
               + FOLDERS.length + " folders)";
    }

    @Override
    public void close() {
        emulator.stop();
    }
}
