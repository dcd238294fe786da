package io.github.outlookcontacts.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    private EmbeddedEmulator(GraphEmulator emulator) {
        this.emulator = emulator;
        this.seeded = seededContactsOnServer();
    }

    /** Seeds exactly {@code options.seed()} contacts over the folders, then starts listening. */
    static EmbeddedEmulator start(DemoOptions options) {
        int[] counts = shares(options.seed());
        GraphEmulator.Builder builder = GraphEmulator.builder().port(0);
        for (int i = 0; i < FOLDERS.length; i++) {
            String path = FOLDERS[i][0];
            int count = counts[i];
            long seed = 42 + i;
            builder.seed(store -> store.seed(USER, path, count, seed));
        }
        // Seeding happens in build(), before any listener thread exists: a failure there leaves nothing running.
        return new EmbeddedEmulator(builder.build().start());
    }

    /**
     * {@code total} split over the folders by their percentages, by largest remainder: the counts always add up to
     * {@code total} (rounding each share down lost up to one contact per folder).
     */
    static int[] shares(int total) {
        int[] counts = new int[FOLDERS.length];
        int given = 0;
        for (int i = 0; i < FOLDERS.length; i++) {
            counts[i] = total * Integer.parseInt(FOLDERS[i][1]) / 100;
            given += counts[i];
        }
        Integer[] byRemainder = new Integer[FOLDERS.length];
        for (int i = 0; i < FOLDERS.length; i++) {
            byRemainder[i] = i;
        }
        java.util.Arrays.sort(byRemainder, java.util.Comparator.comparingInt(
                (Integer i) -> total * Integer.parseInt(FOLDERS[i][1]) % 100).reversed());
        for (int k = 0; given < total; k++, given++) {
            counts[byRemainder[k]]++;
        }
        return counts;
    }

    /** The contacts the emulator holds in the demo's folders. */
    int seededContactsOnServer() {
        ContactStore store = emulator.store();
        int total = 0;
        for (String[] folder : FOLDERS) {
            total += store.contactCount(USER, store.folderIdByPath(USER, folder[0]));
        }
        return total;
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

    /**
     * Creates three contacts, updates two, deletes one and moves one to another synced folder (which the consumer
     * reports as an update carrying the new folder id). A small mailbox gets fewer updates, deletes and moves: the
     * answer counts only the changes made.
     */
    @Override
    public Map<String, Integer> makeChanges() {
        ContactStore store = emulator.store();
        String clients = store.folderIdByPath(USER, "Clients");
        String partners = store.folderIdByPath(USER, "Partners");
        List<ContactEntry> existing = new ArrayList<>();
        for (String path : new String[] { "Partners", "Clients/Asia", "Clients/Europe", "Clients", "Suppliers" }) {
            existing.addAll(store.contacts(USER, store.folderIdByPath(USER, path)));
        }
        store.createContact(USER, clients, "{\"givenName\":\"Zoë\",\"surname\":\"Łukasiewicz\","
                                           + "\"emailAddresses\":[{\"address\":\"zoe@example.pl\"}]}");
        store.createContact(USER, clients, "{\"givenName\":\"Jürgen\",\"surname\":\"Groß\",\"companyName\":\"ACME\"}");
        store.createContact(USER, clients, "{\"displayName\":\"王小明\",\"mobilePhone\":\"+86 10 5555 0101\"}");
        Map<String, Integer> made = new TreeMap<>(Map.of("created", 3));
        String[] patches = { "{\"jobTitle\":\"Head of Partnerships\"}", "{\"mobilePhone\":\"+49 30 5555 0199\"}" };
        for (int i = 0; i < patches.length && i < existing.size(); i++) {
            store.updateContact(USER, existing.get(i).id(), patches[i]);
            made.merge("updated", 1, Integer::sum);
        }
        if (existing.size() > 2) {
            store.deleteContact(USER, existing.get(2).id());
            made.merge("deleted", 1, Integer::sum);
        }
        if (existing.size() > 3) {
            ContactEntry moved = existing.get(3);
            store.moveContact(USER, moved.id(), partners.equals(moved.folderId()) ? clients : partners);
            made.merge("updated", 1, Integer::sum);
        }
        return made;
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
