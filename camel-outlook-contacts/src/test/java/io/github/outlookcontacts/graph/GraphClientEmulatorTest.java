package io.github.outlookcontacts.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.auth.StaticTokenProvider;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.model.EmailAddress;
import io.github.outlookcontacts.model.GraphJson;
import io.github.outlookcontacts.model.ProfilePhoto;
import io.github.outlookcontacts.model.SingleValueExtendedProperty;
import io.github.outlookcontacts.transport.HttpRequest;
import io.github.outlookcontacts.transport.HttpResponse;
import io.github.outlookcontacts.transport.HttpTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every client method against the Graph emulator over loopback HTTP: folders, contacts, lazy lists, photos,
 * streaming delta over several pages with deletes, 410 handling, folder resolution and {@code $batch}.
 */
class GraphClientEmulatorTest {

    private static final Mailbox ME = Mailbox.of("me");
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I',
            'F', 0, 1, 2, 3, 4, 5, (byte) 0xFF, (byte) 0xD9 };

    private GraphEmulator emulator;
    private CountingTransport transport;
    private GraphContactsClient client;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().build().start();
        GraphClientSettings settings = new GraphClientSettings(emulator.baseUrl(), true, 3, Duration.ofMillis(100), 4,
                Duration.ofSeconds(2), Duration.ofSeconds(10));
        transport = new CountingTransport(new io.github.outlookcontacts.transport.GraphHttpTransport(
                GraphContactsClients.transportSettings(settings), new StaticTokenProvider("emulator-token")));
        client = GraphContactsClients.create(transport);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private static Contact person(String given, String email) {
        Contact c = new Contact();
        c.setGivenName(given);
        c.setSurname("Test");
        c.setEmailAddresses(List.of(new EmailAddress(given + " Test", email)));
        return c;
    }

    private static <T> DeltaSink<T> into(List<T> changed, List<String> removed) {
        return new DeltaSink<>() {
            @Override
            public void changed(T item) {
                changed.add(item);
            }

            @Override
            public void removed(String id, String reason) {
                removed.add(id + ":" + reason);
            }
        };
    }

    @Test
    void foldersCanBeCreatedListedReadAndDeleted() {
        ContactFolder clients = client.createFolder(ME, null, "Clients");
        ContactFolder europe = client.createFolder(ME, clients.getId(), "Europe");
        assertThat(clients.getId()).isNotBlank();
        assertThat(europe.getParentFolderId()).isEqualTo(clients.getId());

        assertThat(client.listFolders(ME, null)).extracting(ContactFolder::getDisplayName).contains("Clients");
        assertThat(client.listFolders(ME, clients.getId())).extracting(ContactFolder::getId)
                .containsExactly(europe.getId());
        assertThat(client.getFolder(ME, europe.getId()).getDisplayName()).isEqualTo("Europe");
        assertThat(client.defaultFolderId(ME)).isEqualTo(clients.getParentFolderId()).isNotBlank();

        client.deleteFolder(ME, europe.getId());
        assertThatThrownBy(() -> client.getFolder(ME, europe.getId())).isInstanceOf(GraphNotFoundException.class);
    }

    @Test
    void defaultFolderIsFoundFromAContactWhenThereAreNoFolders() {
        Contact created = client.createContact(ME, null, person("Ada", "ada@example.com"));
        assertThat(client.defaultFolderId(ME)).isEqualTo(created.getParentFolderId()).isNotBlank();
    }

    @Test
    void contactsRoundTripThroughCreateGetUpdateAndDelete() {
        ContactFolder folder = client.createFolder(ME, null, "Crm");
        Contact draft = person("Grace", "grace@example.com");
        draft.setSingleValueExtendedProperties(List.of(new SingleValueExtendedProperty(
                "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name CamelExternalId", "crm-1")));
        Contact created = client.createContact(ME, folder.getId(), draft);
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getParentFolderId()).isEqualTo(folder.getId());
        assertThat(created.getETag()).contains(created.getChangeKey());

        Contact read = client.getContact(ME, created.getId(), ContactQuery.select("givenName,emailAddresses"));
        assertThat(read.getGivenName()).isEqualTo("Grace");
        assertThat(read.getEmailAddresses()).extracting(EmailAddress::getAddress).containsExactly("grace@example.com");

        ObjectNode patch = GraphJson.mapper().createObjectNode().put("jobTitle", "Admiral");
        Contact updated = client.updateContact(ME, created.getId(), patch, created.getETag());
        assertThat(updated.getJobTitle()).isEqualTo("Admiral");
        assertThat(updated.getChangeKey()).isNotEqualTo(created.getChangeKey());

        // the old etag is stale now
        assertThatThrownBy(() -> client.updateContact(ME, created.getId(), patch, created.getETag()))
                .isInstanceOf(GraphConflictException.class).hasMessageContaining("412");
        assertThatThrownBy(() -> client.deleteContact(ME, created.getId(), created.getETag()))
                .isInstanceOf(GraphConflictException.class);

        client.deleteContact(ME, created.getId(), updated.getETag());
        assertThatThrownBy(() -> client.getContact(ME, created.getId(), null))
                .isInstanceOf(GraphNotFoundException.class)
                .satisfies(e -> assertThat(((GraphException) e).getRequestId()).isNotBlank());
    }

    @Test
    void listsArePagedLazily() {
        ContactFolder folder = client.createFolder(ME, null, "Many");
        IntStream.range(0, 23).forEach(i -> client.createContact(ME, folder.getId(), person("P" + i, i + "@x.com")));

        int before = transport.gets();
        Iterator<Contact> contacts = client.listContacts(ME, folder.getId(), new ContactQuery("givenName", null, null,
                10));
        assertThat(transport.gets()).as("nothing fetched before the first hasNext").isEqualTo(before);
        assertThat(contacts.next().getGivenName()).startsWith("P");
        assertThat(transport.gets()).isEqualTo(before + 1);
        List<String> names = new ArrayList<>();
        contacts.forEachRemaining(c -> names.add(c.getGivenName()));
        assertThat(names).hasSize(22);
        assertThat(transport.gets()).isEqualTo(before + 3);
    }

    @Test
    void filtersWithQuotedLiteralsFindTheRightContact() {
        client.createContact(ME, null, person("Shaun", "o'brien@example.com"));
        client.createContact(ME, null, person("Other", "other@example.com"));
        String filter = "emailAddresses/any(a:a/address eq " + GraphPaths.odataString("o'brien@example.com") + ")";
        Iterator<Contact> found = client.listContacts(ME, null, new ContactQuery(null, filter, null, null));
        assertThat(found.next().getGivenName()).isEqualTo("Shaun");
        assertThat(found.hasNext()).isFalse();
    }

    @Test
    void deltaStreamsSeveralPagesThenReportsDeletesAndUpdates() {
        ContactFolder folder = client.createFolder(ME, null, "Synced");
        List<Contact> created = IntStream.range(0, 7)
                .mapToObj(i -> client.createContact(ME, folder.getId(), person("D" + i, "d" + i + "@x.com"))).toList();

        List<Contact> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        DeltaRequest start = new DeltaRequest(ME, folder.getId(), null, "givenName,surname", 3);
        DeltaPage page = client.deltaContacts(start, into(changed, removed));
        int pages = 1;
        while (!page.isLastPage()) {
            page = client.deltaContacts(start.withLink(page.nextLink()), into(changed, removed));
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(changed).extracting(Contact::getId).containsExactlyInAnyOrderElementsOf(
                created.stream().map(Contact::getId).toList());
        assertThat(changed).allSatisfy(c -> assertThat(c.getChangeKey()).isNotBlank());
        assertThat(removed).isEmpty();

        client.deleteContact(ME, created.get(0).getId(), null);
        client.deleteContact(ME, created.get(1).getId(), null);
        client.updateContact(ME, created.get(2).getId(), GraphJson.mapper().createObjectNode().put("surname", "New"),
                null);
        changed.clear();
        DeltaPage next = client.deltaContacts(start.withLink(page.deltaLink()), into(changed, removed));
        while (!next.isLastPage()) {
            next = client.deltaContacts(start.withLink(next.nextLink()), into(changed, removed));
        }
        assertThat(removed).containsExactlyInAnyOrder(created.get(0).getId() + ":deleted",
                created.get(1).getId() + ":deleted");
        assertThat(changed).extracting(Contact::getId).containsExactly(created.get(2).getId());
        assertThat(changed.get(0).getSurname()).isEqualTo("New");
    }

    @Test
    void anExpiredDeltaLinkIsSyncStateGone() {
        ContactFolder folder = client.createFolder(ME, null, "Expiring");
        client.createContact(ME, folder.getId(), person("E", "e@x.com"));
        DeltaRequest start = new DeltaRequest(ME, folder.getId(), null, null, null);
        DeltaPage page = client.deltaContacts(start, into(new ArrayList<>(), new ArrayList<>()));
        while (!page.isLastPage()) {
            page = client.deltaContacts(start.withLink(page.nextLink()), into(new ArrayList<>(), new ArrayList<>()));
        }
        emulator.faults().expireDeltaTokensNow();
        String stale = page.deltaLink();
        assertThatThrownBy(() -> client.deltaContacts(start.withLink(stale), into(new ArrayList<>(),
                new ArrayList<>()))).isInstanceOf(SyncStateGoneException.class);
    }

    @Test
    void folderDeltaReportsNewAndDeletedFolders() {
        ContactFolder a = client.createFolder(ME, null, "A");
        List<ContactFolder> folders = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        DeltaPage page = client.deltaFolders(ME, null, into(folders, removed));
        while (!page.isLastPage()) {
            page = client.deltaFolders(ME, page.nextLink(), into(folders, removed));
        }
        assertThat(folders).extracting(ContactFolder::getId).contains(a.getId());
        client.deleteFolder(ME, a.getId());
        DeltaPage next = client.deltaFolders(ME, page.deltaLink(), into(folders, removed));
        while (!next.isLastPage()) {
            next = client.deltaFolders(ME, next.nextLink(), into(folders, removed));
        }
        assertThat(removed).anyMatch(r -> r.startsWith(a.getId() + ":"));
    }

    @Test
    void photosAreStoredAndReadBack() {
        Contact contact = client.createContact(ME, null, person("Pic", "pic@x.com"));
        assertThatThrownBy(() -> client.getContactPhoto(ME, contact.getId()))
                .isInstanceOf(GraphNotFoundException.class);
        client.setContactPhoto(ME, contact.getId(), JPEG, "image/jpeg");
        assertThat(client.getContactPhoto(ME, contact.getId())).isEqualTo(JPEG);
        ProfilePhoto meta = client.getContactPhotoMetadata(ME, contact.getId());
        assertThat(meta.getMediaContentType()).isEqualTo("image/jpeg");

        client.setUserPhoto(ME, JPEG, "image/jpeg");
        assertThat(client.getUserPhoto(ME)).isEqualTo(JPEG);
        assertThat(client.getUserPhotoMetadata(ME).getMediaContentType()).isEqualTo("image/jpeg");

        assertThatThrownBy(() -> client.setContactPhoto(ME, contact.getId(), new byte[4 * 1024 * 1024],
                "image/jpeg")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4194304 bytes; Graph accepts photos under 4 MB (at most 4194303 bytes)");
    }

    @Test
    void folderNamesAndIdsResolveAndUnknownOnesListWhatExists() {
        ContactFolder clients = client.createFolder(ME, null, "Clients");
        ContactFolder europe = client.createFolder(ME, clients.getId(), "Europe");
        ContactFolder private_ = client.createFolder(ME, null, "Private");
        FolderResolver resolver = new FolderResolver(client);

        assertThat(resolver.resolve(ME, "clients/EUROPE")).isEqualTo(europe.getId());
        assertThat(resolver.resolve(ME, "Clients")).isEqualTo(clients.getId());
        assertThat(resolver.resolve(ME, private_.getId())).isEqualTo(private_.getId());
        assertThat(resolver.resolve(ME, null)).isEqualTo(client.defaultFolderId(ME));
        assertThatThrownBy(() -> resolver.resolve(ME, "Clients/Asia"))
                .isInstanceOf(FolderNotFoundException.class)
                .hasMessageContaining("'Clients/Asia'").hasMessageContaining("Clients/Europe")
                .hasMessageContaining("Private");
        assertThat(resolver.listFolderTree(ME, clients.getId())).extracting(ContactFolder::getId)
                .containsExactly(europe.getId());
        assertThat(resolver.listFolderTree(ME, null)).extracting(ContactFolder::getId)
                .contains(clients.getId(), europe.getId(), private_.getId());
    }

    @Test
    void batchRunsSubRequestsAndReportsEachOutcome() {
        String folderId = client.createFolder(ME, null, "Batch").getId();
        List<BatchRequest> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(new BatchRequest(String.valueOf(i + 1), "POST", "/me/contactFolders/" + GraphPaths.segment(
                    folderId) + "/contacts", null, GraphJson.toTree(person("B" + i, "b" + i + "@x.com")), null));
        }
        batch.add(new BatchRequest("4", "GET", "/me/contacts/" + GraphPaths.segment("missing"), null, null, null));
        List<BatchResponse> responses = client.batch(batch);
        Map<String, BatchResponse> byId = responses.stream()
                .collect(Collectors.toMap(BatchResponse::id, r -> r));
        assertThat(byId.keySet()).isEqualTo(Set.of("1", "2", "3", "4"));
        assertThat(List.of(byId.get("1"), byId.get("2"), byId.get("3"))).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.body().path("id").asText()).isNotBlank();
        });
        assertThat(byId.get("4").status()).isEqualTo(404);
        Iterator<Contact> inFolder = client.listContacts(ME, folderId, null);
        int count = 0;
        while (inFolder.hasNext()) {
            inFolder.next();
            count++;
        }
        assertThat(count).isEqualTo(3);
    }

    /** Counts GET requests so the tests can see when pages are fetched. */
    private static final class CountingTransport implements HttpTransport {
        private final HttpTransport delegate;
        private final java.util.concurrent.atomic.AtomicInteger gets = new java.util.concurrent.atomic.AtomicInteger();

        CountingTransport(HttpTransport delegate) {
            this.delegate = delegate;
        }

        int gets() {
            return gets.get();
        }

        @Override
        public HttpResponse execute(HttpRequest request) throws java.io.IOException {
            if (request.method().equals("GET")) {
                gets.incrementAndGet();
            }
            return delegate.execute(request);
        }

        @Override
        public java.net.URI baseUrl() {
            return delegate.baseUrl();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
