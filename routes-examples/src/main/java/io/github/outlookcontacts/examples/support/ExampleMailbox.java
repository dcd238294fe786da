package io.github.outlookcontacts.examples.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;

/**
 * The mailbox the pipelines run against when no account is given: the embedded Graph emulator with one folder of
 * generated contacts, and a way to change some of them as a person in Outlook would.
 */
public final class ExampleMailbox implements AutoCloseable {

    public static final String USER = Principal.DEFAULT_USER;
    public static final String FOLDER = "Clients";

    private final GraphEmulator emulator;
    private final String folderId;
    private int round;

    private ExampleMailbox(GraphEmulator emulator, String folderId) {
        this.emulator = emulator;
        this.folderId = folderId;
    }

    /** Starts the emulator on a free loopback port with {@code contacts} generated contacts in {@link #FOLDER}. */
    public static ExampleMailbox start(int contacts) {
        return start(contacts, UnaryOperator.identity());
    }

    /** {@link #start(int)} with emulator settings of its own (limits, HTTPS, identity). */
    public static ExampleMailbox start(int contacts, UnaryOperator<GraphEmulator.Builder> settings) {
        if (contacts < 0) {
            throw new IllegalArgumentException("--seed must be 0 or more, not " + contacts);
        }
        GraphEmulator emulator = settings.apply(GraphEmulator.builder().port(0)).build().start();
        try {
            ContactStore store = emulator.store();
            String folderId = store.ensureFolderPath(USER, FOLDER);
            store.seed(USER, FOLDER, contacts, 42);
            return new ExampleMailbox(emulator, folderId);
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
    }

    /**
     * Endpoint options selecting the folder on the emulator; the emulator takes any bearer token for its default
     * user, so a fixed {@code accessToken} stands in for the tenant, client id and secret of a real mailbox.
     */
    public String endpointOptions() {
        return "folder=" + FOLDER + "&baseUrl=RAW(" + emulator.baseUrl() + ")&accessToken=RAW(example-token)";
    }

    public GraphEmulator emulator() {
        return emulator;
    }

    public String baseUrl() {
        return emulator.baseUrl();
    }

    /** The folder as the server holds it now: contact id to its stored Graph properties. */
    public Map<String, ObjectNode> contacts() {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (ContactEntry e : emulator.store().contacts(USER, folderId)) {
            out.put(e.id(), e.properties());
        }
        return out;
    }

    /** The current change key of every contact of the folder. */
    public Map<String, String> changeKeys() {
        Map<String, String> out = new LinkedHashMap<>();
        emulator.store().contacts(USER, folderId).forEach(e -> out.put(e.id(), e.changeKey()));
        return out;
    }

    /** Creates two contacts, updates two and deletes one; answers how many changes that makes. */
    public int makeChanges() {
        ContactStore store = emulator.store();
        int n = ++round;
        store.createContact(USER, folderId, "{\"givenName\":\"Zoë\",\"surname\":\"Łukasiewicz " + n + "\","
                + "\"emailAddresses\":[{\"address\":\"zoe" + n + "@example.pl\"},{\"address\":\"z" + n
                + "@example.com\"}],\"businessPhones\":[\"+48 22 555 01" + n + "\",\"+48 22 555 02" + n + "\"],"
                + "\"categories\":[\"VIP\",\"Poland\"]}");
        store.createContact(USER, folderId, "{\"displayName\":\"王小明 " + n + "\",\"mobilePhone\":\"+86 10 5555 0101\"}");
        List<ContactEntry> existing = new ArrayList<>(store.contacts(USER, folderId));
        if (existing.size() < 3) {
            return 2;
        }
        store.updateContact(USER, existing.get(0).id(), "{\"jobTitle\":\"Changed in round " + n + "\"}");
        store.updateContact(USER, existing.get(1).id(), "{\"mobilePhone\":\"+49 30 5555 01" + n + "\"}");
        store.deleteContact(USER, existing.get(2).id());
        return 5;
    }

    @Override
    public void close() {
        emulator.close();
    }
}
