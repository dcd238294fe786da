package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.graph.GraphConflictException;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.EmailAddress;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * create / get / update / delete against the emulator, with every body type, for {@code user=me} and an app-only
 * {@code /users/{upn}} mailbox, in the default folder and in a folder named by its display-name path.
 */
class ContactOperationsTest extends EmulatorProducerSupport {

    static Stream<Arguments> mailboxesAndFolders() {
        return Stream.of(Arguments.of("me", false), Arguments.of("me", true), Arguments.of(APP_USER, false),
                Arguments.of(APP_USER, true));
    }

    @ParameterizedTest(name = "user={0}, named folder={1}")
    @MethodSource("mailboxesAndFolders")
    void createGetUpdateDeleteWithEveryBodyType(String user, boolean namedFolder) {
        String folderName = namedFolder ? newFolder(user) : null;
        String opts = "user=" + user + (namedFolder ? "&folder=" + folderName : "");

        Contact model = new Contact();
        model.setGivenName("Pavel");
        model.setSurname("Bansky");
        model.setEmailAddresses(List.of(new EmailAddress("Pavel Bansky", "pavelb@contoso.com")));
        model.setBusinessPhones(List.of("+1 732 555 0102"));
        Exchange fromModel = send("create", opts, model, null);
        Contact pavel = fromModel.getMessage().getBody(Contact.class);
        assertThat(fromModel.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID)).isEqualTo(pavel.getId());
        assertThat(pavel.getEmailAddresses()).extracting(EmailAddress::getAddress).containsExactly("pavelb@contoso.com");

        Contact janet = (Contact) call("create", opts,
                Map.of("givenName", "Janet", "surname", "Schorr", "homeAddress", Map.of("city", "Seattle")), null);
        assertThat(janet.getHomeAddress().getCity()).isEqualTo("Seattle");
        Contact garth = (Contact) call("create", opts, "{\"givenName\":\"Garth\",\"jobTitle\":\"Web Marketing Manager\"}",
                null);
        assertThat(garth.getJobTitle()).isEqualTo("Web Marketing Manager");

        if (namedFolder) {
            String folderId = folder(user, folderName).getId();
            assertThat(List.of(pavel, janet, garth)).extracting(Contact::getParentFolderId).containsOnly(folderId);
            assertThat(list(opts)).extracting(Contact::getId)
                    .containsExactlyInAnyOrder(pavel.getId(), janet.getId(), garth.getId());
        }

        // get: by header, by String body, with $select
        assertThat(((Contact) call("get", "user=" + user, null, id(janet.getId()))).getSurname()).isEqualTo("Schorr");
        assertThat(((Contact) call("get", "user=" + user, garth.getId(), null)).getGivenName()).isEqualTo("Garth");
        Contact selected = (Contact) call("get", "user=" + user + "&select=givenName", null, id(pavel.getId()));
        assertThat(selected.getGivenName()).isEqualTo("Pavel");
        assertThat(selected.getSurname()).isNull();

        // update sends only the present fields: one PATCH, the other properties stay
        long patches = emulator.throttling().requestCount("PATCH");
        Contact updated = (Contact) call("update", "user=" + user, Map.of("jobTitle", "CTO"), id(janet.getId()));
        assertThat(emulator.throttling().requestCount("PATCH")).isEqualTo(patches + 1);
        assertThat(updated.getJobTitle()).isEqualTo("CTO");
        assertThat(updated.getSurname()).isEqualTo("Schorr");
        assertThat(updated.getHomeAddress().getCity()).isEqualTo("Seattle");

        Contact companyOnly = new Contact();
        companyOnly.setCompanyName("Contoso");
        assertThat(((Contact) call("update", "user=" + user, companyOnly, id(garth.getId()))).getJobTitle())
                .isEqualTo("Web Marketing Manager");

        // collections are replaced wholesale, as Graph does
        Contact replaced = (Contact) call("update", "user=" + user, "{\"businessPhones\":[\"+1 425 555 0109\"]}",
                id(pavel.getId()));
        assertThat(replaced.getBusinessPhones()).containsExactly("+1 425 555 0109");

        // delete returns a contact holding only the id; the contact is gone
        Exchange deleted = send("delete", "user=" + user, null, id(pavel.getId()));
        assertThat(deleted.getMessage().getBody(Contact.class).getId()).isEqualTo(pavel.getId());
        assertThat(deleted.getMessage().getBody(Contact.class).getGivenName()).isNull();
        assertThat(failure(() -> call("get", "user=" + user, null, id(pavel.getId()))))
                .isInstanceOf(GraphNotFoundException.class);
        call("delete", "user=" + user, janet.getId(), null); // a String body is the id
        assertThat(failure(() -> call("get", "user=" + user, janet.getId(), null)))
                .isInstanceOf(GraphNotFoundException.class);
    }

    @Test
    void staleEtagIsAClearConcurrencyConflict() {
        Contact created = (Contact) call("create", "", Map.of("givenName", "Etag"), null);
        Contact read = (Contact) call("get", "", null, id(created.getId()));
        assertThat(read.getETag()).isNotBlank();
        Contact first = (Contact) call("update", "", Map.of("jobTitle", "One"),
                Map.of(OutlookContactsConstants.CONTACT_ID, read.getId(), OutlookContactsConstants.ETAG, read.getETag()));
        assertThat(first.getETag()).isNotEqualTo(read.getETag());

        Throwable conflict = failure(() -> call("update", "", Map.of("jobTitle", "Two"),
                Map.of(OutlookContactsConstants.CONTACT_ID, read.getId(), OutlookContactsConstants.ETAG, read.getETag())));
        assertThat(conflict).isInstanceOf(GraphConflictException.class)
                .hasMessageContaining("412").hasMessageContaining("Concurrency conflict")
                .hasMessageContaining("Re-read the contact");
        assertThat(((GraphConflictException) conflict).getStatus()).isEqualTo(412);
        assertThat(((Contact) call("get", "", read.getId(), null)).getJobTitle()).isEqualTo("One");

        assertThat(failure(() -> call("delete", "", null, Map.of(OutlookContactsConstants.CONTACT_ID, read.getId(),
                OutlookContactsConstants.ETAG, read.getETag())))).isInstanceOf(GraphConflictException.class);
        call("delete", "", null, Map.of(OutlookContactsConstants.CONTACT_ID, read.getId(),
                OutlookContactsConstants.ETAG, first.getETag()));
    }

    @Test
    void graphErrorsCarryStatusCodeMessageAndRequestId() {
        Throwable notFound = failure(() -> call("get", "", "AAMkAGI2THk0AAA=", null));
        assertThat(notFound).isInstanceOf(GraphNotFoundException.class);
        GraphException e = (GraphException) notFound;
        assertThat(e.getStatus()).isEqualTo(404);
        assertThat(e.getErrorCode()).isEqualTo("ErrorItemNotFound");
        assertThat(e.getRequestId()).isNotBlank();
        assertThat(e.getMessage()).contains("404", "ErrorItemNotFound", e.getRequestId());
    }

    @Test
    void theOperationHeaderOverridesTheEndpoint() {
        Contact created = (Contact) call("create", "", Map.of("givenName", "Header"), null);
        Contact read = (Contact) call("create", "", null, Map.of(OutlookContactsConstants.OPERATION, "get",
                OutlookContactsConstants.CONTACT_ID, created.getId()));
        assertThat(read.getGivenName()).isEqualTo("Header");
    }
}
