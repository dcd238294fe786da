package io.github.outlookcontacts.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.graph.models.Contact;
import com.microsoft.graph.models.ContactCollectionResponse;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.users.item.contactfolders.item.contacts.delta.DeltaGetResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AuthenticationProvider;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.junit.GraphEmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The official Graph Java SDK (Kiota) against the emulator: if the SDK can parse it, the wire shape is right. */
class GraphSdkConformanceTest {

    @RegisterExtension
    static GraphEmulatorExtension EMULATOR = GraphEmulatorExtension.builder()
            .seedContacts(Principal.DEFAULT_USER, "", 23).build();

    private GraphServiceClient graph;
    private String folderId;

    @BeforeEach
    void client() {
        AuthenticationProvider bearer = (request, context) -> request.headers.add("Authorization", "Bearer sdk-token");
        graph = new GraphServiceClient(bearer);
        graph.getRequestAdapter().setBaseUrl(EMULATOR.baseUrl());
        folderId = EMULATOR.store().defaultFolderId(Principal.DEFAULT_USER);
    }

    @Test
    void listsContactsPageByPageFollowingNextLinks() {
        ContactCollectionResponse page = graph.me().contacts().get(rc -> rc.queryParameters.top = 10);
        List<Contact> all = new ArrayList<>(page.getValue());
        int pages = 1;
        while (page.getOdataNextLink() != null) {
            page = graph.me().contacts().withUrl(page.getOdataNextLink()).get();
            all.addAll(page.getValue());
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(all).hasSize(EMULATOR.store().contactCount(Principal.DEFAULT_USER, folderId));
        assertThat(all).allSatisfy(c -> assertThat(c.getId()).isNotBlank());
        assertThat(all.stream().map(Contact::getId).distinct()).hasSize(all.size());
    }

    @Test
    void createsUpdatesAndDeletesAContact() {
        Contact draft = new Contact();
        draft.setGivenName("Pavel");
        draft.setSurname("Bansky");
        EmailAddress email = new EmailAddress();
        email.setAddress("pavelb@contoso.com");
        email.setName("Pavel Bansky");
        draft.setEmailAddresses(List.of(email));

        Contact created = graph.me().contacts().post(draft);
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getParentFolderId()).isEqualTo(folderId);
        assertThat(created.getEmailAddresses()).extracting(EmailAddress::getAddress).containsExactly("pavelb@contoso.com");

        Contact patch = new Contact();
        patch.setJobTitle("CTO");
        Contact updated = graph.me().contacts().byContactId(created.getId()).patch(patch);
        assertThat(updated.getJobTitle()).isEqualTo("CTO");
        assertThat(updated.getGivenName()).isEqualTo("Pavel");
        assertThat(updated.getChangeKey()).isNotEqualTo(created.getChangeKey());

        graph.me().contacts().byContactId(created.getId()).delete();
        assertThatThrownBy(() -> graph.me().contacts().byContactId(created.getId()).get())
                .isInstanceOfSatisfying(ODataError.class, e -> {
                    assertThat(e.getResponseStatusCode()).isEqualTo(404);
                    assertThat(e.getError().getCode()).isEqualTo("ErrorItemNotFound");
                });
        assertThat(EMULATOR.throttling().requestCount("PATCH", "/contacts/")).isEqualTo(1);
    }

    @Test
    void fullDeltaRoundThenIncrementalRound() {
        var delta = graph.me().contactFolders().byContactFolderId(folderId).contacts().delta();
        Set<String> seen = new HashSet<>();
        DeltaGetResponse page = delta.get();
        int pages = 1;
        while (true) {
            page.getValue().forEach(c -> seen.add(c.getId()));
            if (page.getOdataNextLink() == null) {
                break;
            }
            assertThat(page.getOdataDeltaLink()).isNull();
            page = delta.withUrl(page.getOdataNextLink()).get();
            pages++;
        }
        String deltaLink = page.getOdataDeltaLink();
        assertThat(deltaLink).startsWith(EMULATOR.baseUrl());
        assertThat(pages).isGreaterThan(1);
        assertThat(seen).hasSize(EMULATOR.store().contactCount(Principal.DEFAULT_USER, folderId));

        Contact added = new Contact();
        added.setGivenName("Delta");
        String addedId = graph.me().contactFolders().byContactFolderId(folderId).contacts().post(added).getId();
        String removedId = seen.iterator().next();
        graph.me().contacts().byContactId(removedId).delete();

        DeltaGetResponse incremental = delta.withUrl(deltaLink).get();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        incremental.getValue().forEach(c -> {
            if (c.getAdditionalData().containsKey("@removed")) {
                removed.add(c.getId());
            } else {
                changed.add(c.getId());
            }
        });
        assertThat(changed).contains(addedId);
        assertThat(removed).contains(removedId);
        assertThat(incremental.getOdataDeltaLink()).isNotNull();
    }
}
