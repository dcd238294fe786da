package io.github.outlookcontacts.examples.mailboxes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.net.ssl.SSLContext;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;

/**
 * A tenant on the embedded emulator for app-only access: HTTPS with the identity platform's token endpoint, strict
 * tokens (Graph accepts only tokens it issued), one registered app with a client secret, and several mailboxes
 * with a {@code Clients} folder each.
 */
public final class AppOnlyTenant implements AutoCloseable {

    public static final String TENANT = "contoso.onmicrosoft.com";
    public static final String CLIENT_ID = "contacts-sync-app";
    public static final String FOLDER = "Clients";
    private static final String SECRET = "example+Secret/for=the&emulator";

    private final GraphEmulator emulator;
    private final List<String> mailboxes;
    private int round;

    private AppOnlyTenant(GraphEmulator emulator, List<String> mailboxes) {
        this.emulator = emulator;
        this.mailboxes = List.copyOf(mailboxes);
    }

    /** Starts the emulator with {@code contactsEach} generated contacts in every mailbox's folder. */
    public static AppOnlyTenant start(List<String> mailboxes, int contactsEach) {
        GraphEmulator emulator = GraphEmulator.builder().port(0).https(true).strictAuth(true).build().start();
        emulator.identity().registerClient(CLIENT_ID, SECRET);
        for (int i = 0; i < mailboxes.size(); i++) {
            emulator.store().seed(mailboxes.get(i), FOLDER, contactsEach, 100 + i);
        }
        return new AppOnlyTenant(emulator, mailboxes);
    }

    /** The placeholders the routes use: tenantId, clientId, clientSecret, authorityHost, baseUrl. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("tenantId", TENANT);
        p.setProperty("clientId", CLIENT_ID);
        p.setProperty("clientSecret", SECRET);
        p.setProperty("authorityHost", emulator.authorityHost());
        p.setProperty("baseUrl", emulator.baseUrl());
        return p;
    }

    /** Trusts the emulator's generated certificate on calls to the identity endpoint. */
    public SSLContext identityTls() {
        return emulator.sslContext();
    }

    public GraphEmulator emulator() {
        return emulator;
    }

    public List<String> mailboxes() {
        return mailboxes;
    }

    /** In mailbox {@code i}: creates a contact (i = 0), updates one (i = 1) or deletes one (i = 2 and more). */
    public Map<String, String> changeOneContactEach() {
        ContactStore store = emulator.store();
        Map<String, String> expected = new LinkedHashMap<>();
        round++;
        for (int i = 0; i < mailboxes.size(); i++) {
            String user = mailboxes.get(i);
            String folder = store.folderIdByPath(user, FOLDER);
            ContactEntry some = store.contacts(user, folder).iterator().next();
            switch (Math.min(i, 2)) {
                case 0 -> expected.put(user, "created " + store.createContact(user, folder,
                        "{\"givenName\":\"New\",\"surname\":\"Contact " + round + "\"}").id());
                case 1 -> {
                    store.updateContact(user, some.id(), "{\"jobTitle\":\"Changed in round " + round + "\"}");
                    expected.put(user, "updated " + some.id());
                }
                default -> {
                    store.deleteContact(user, some.id());
                    expected.put(user, "deleted " + some.id());
                }
            }
        }
        return expected;
    }

    @Override
    public void close() {
        emulator.close();
    }
}
