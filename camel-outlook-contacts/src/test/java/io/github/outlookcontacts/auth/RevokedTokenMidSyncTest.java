package io.github.outlookcontacts.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.Grant;
import io.github.outlookcontacts.graph.DeltaPage;
import io.github.outlookcontacts.graph.DeltaRequest;
import io.github.outlookcontacts.graph.DeltaSink;
import io.github.outlookcontacts.graph.GraphClientSettings;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphContactsClients;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.Contact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A token revoked while a delta round is paging: Graph (the emulator in strict mode) answers 401, the transport asks
 * the msal4j provider for one forced refresh and retries once, and the round completes with nothing lost. When the
 * refresh cannot help, the error is clear.
 */
class RevokedTokenMidSyncTest {

    private static final String CLIENT_ID = "sync-app";
    private static final String SECRET = "sync-app-secret-value";
    private static final String ANN = "ann@contoso.com";
    private static final int CONTACTS = 23;

    private GraphEmulator emulator;
    private GraphContactsClient client;
    private String folderId;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().https(true).strictAuth(true).seedContacts(ANN, "Clients", CONTACTS)
                .build().start();
        emulator.identity().registerClient(CLIENT_ID, SECRET);
        folderId = emulator.store().ensureFolderPath(ANN, "Clients");
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        emulator.close();
    }

    @Test
    void revokedTokenIsRefreshedOnceAndTheRoundCompletes() {
        client = GraphContactsClients.create(GraphClientSettings.defaults(emulator.baseUrl()),
                AccessTokenProviders.create(IdentityEmulator.secret(emulator, CLIENT_ID, SECRET)));
        List<String> ids = new ArrayList<>();
        DeltaRequest start = new DeltaRequest(Mailbox.of(ANN), folderId, null, "displayName", 5);

        DeltaPage page = client.deltaContacts(start, collect(ids));
        int pages = 1;
        while (!page.isLastPage()) {
            if (pages == 2) {
                // The tenant admin revokes the app's tokens: Graph refuses the one msal4j still has cached.
                assertThat(emulator.identity().revokeAll()).isEqualTo(1);
            }
            page = client.deltaContacts(start.withLink(page.nextLink()), collect(ids));
            pages++;
        }

        assertThat(pages).isGreaterThanOrEqualTo(5);
        assertThat(ids).hasSize(CONTACTS).doesNotHaveDuplicates();
        assertThat(emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS)).isEqualTo(2);
        // Each page reached Graph's API once (the refused attempt stops at the bearer check).
        assertThat(emulator.throttling().requestCount("GET")).isEqualTo(pages);
    }

    @Test
    void whenTheRefreshFailsTooTheErrorSaysWhy() {
        client = GraphContactsClients.create(GraphClientSettings.defaults(emulator.baseUrl()),
                AccessTokenProviders.create(IdentityEmulator.secret(emulator, CLIENT_ID, SECRET)));
        client.listFolders(Mailbox.of(ANN), null);
        // The secret is rotated and the old tokens revoked: the refresh after the 401 is refused too.
        emulator.identity().clearClients().registerClient(CLIENT_ID, "rotated-secret");
        emulator.identity().revokeAll();

        GraphException e = catchThrowableOfType(GraphException.class,
                () -> client.listFolders(Mailbox.of(ANN), null));

        assertThat(e.getErrorCode()).isEqualTo("AuthenticationFailed");
        assertThat(e.getMessage()).contains("AADSTS7000215").contains(CLIENT_ID).doesNotContain(SECRET);
        assertThat(e.getCause()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aTokenGraphStillRefusesAfterTheRefreshEndsWithA401() {
        // A token the emulator never issued, from a tokenProvider bean whose refresh cannot do better.
        AtomicInteger refreshes = new AtomicInteger();
        AccessTokenProvider fixed = new AccessTokenProvider() {
            @Override
            public String getAccessToken() {
                return "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln";
            }

            @Override
            public String refreshAccessToken() {
                refreshes.incrementAndGet();
                return getAccessToken();
            }
        };
        client = GraphContactsClients.create(GraphClientSettings.defaults(emulator.baseUrl()),
                AccessTokenProviders.create(new AuthSettings(emulator.baseUrl(), null, null, null, null, null, null,
                        null, null, null, fixed, null)));

        GraphException e = catchThrowableOfType(GraphException.class,
                () -> client.listFolders(Mailbox.of(ANN), null));

        assertThat(e.getStatus()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("InvalidAuthenticationToken");
        assertThat(e.getMessage()).contains("the access token was refused (a refreshed one too)");
        assertThat(refreshes).hasValue(1);
    }

    private static DeltaSink<Contact> collect(List<String> ids) {
        return new DeltaSink<>() {
            @Override
            public void changed(Contact item) {
                ids.add(item.getId());
            }

            @Override
            public void removed(String id, String reason) {
                throw new AssertionError("nothing was deleted: " + id);
            }
        };
    }
}
