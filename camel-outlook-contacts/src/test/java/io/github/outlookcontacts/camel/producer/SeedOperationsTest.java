package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.model.EmailAddress;
import io.github.outlookcontacts.model.ProfilePhoto;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the retired Outlook REST v1.0/v2.0 contacts, contact-folder, contact-photo and user-photo
 * reference pages, done through the producer against the emulator, with those pages' example bodies in Graph
 * camelCase (the mapping table is in docs/producer.md).
 */
class SeedOperationsTest extends EmulatorProducerSupport {

    private static final String PAVEL = """
            {"givenName":"Pavel","surname":"Bansky",
             "emailAddresses":[{"address":"pavelb@a830edad9050849NDA1.onmicrosoft.com","name":"Pavel Bansky"}],
             "businessPhones":["+1 732 555 0102"]}""";

    @Test
    void contactsOfTheDefaultFolder() {
        // POST /me/contacts
        Contact pavel = (Contact) call("create", "", PAVEL, null);
        assertThat(pavel.getDisplayName()).isEqualTo("Pavel Bansky");
        // GET /me/contacts?$select=EmailAddresses,GivenName,Surname
        List<Contact> selected = list("select=emailAddresses,givenName,surname");
        Contact listed = selected.stream().filter(c -> c.getId().equals(pavel.getId())).findFirst().orElseThrow();
        assertThat(listed.getSurname()).isEqualTo("Bansky");
        assertThat(listed.getBusinessPhones()).isNull();
        // GET /me/contacts/{contact_id} and ?$select=EmailAddresses,GivenName,Surname
        assertThat(((Contact) call("get", "", pavel.getId(), null)).getBusinessPhones())
                .containsExactly("+1 732 555 0102");
        Contact slim = (Contact) call("get", "select=emailAddresses,givenName,surname", pavel.getId(), null);
        assertThat(slim.getEmailAddresses()).extracting(EmailAddress::getName).containsExactly("Pavel Bansky");
        assertThat(slim.getBusinessPhones()).isNull();
        // PATCH /me/contacts/{contact_id} with HomeAddress and Birthday
        Contact patched = (Contact) call("update", "", """
                {"homeAddress":{"street":"Some street","city":"Seattle","state":"WA","postalCode":"98121"},
                 "birthday":"1974-07-22T00:00:00Z"}""", id(pavel.getId()));
        assertThat(patched.getHomeAddress().getCity()).isEqualTo("Seattle");
        assertThat(patched.getBirthday()).startsWith("1974-07-22");
        assertThat(patched.getSurname()).isEqualTo("Bansky");
        // DELETE /me/contacts/{contact_id}
        call("delete", "", pavel.getId(), null);
        assertThat(failure(() -> call("get", "", pavel.getId(), null))).isInstanceOf(GraphNotFoundException.class);
    }

    @Test
    void contactsAndFoldersOfANamedFolder() {
        String finance = newFolder("me");
        // POST /me/contactfolders/{contact_folder_id}/contacts, GET .../contacts
        Contact created = (Contact) call("create", "folder=" + finance, PAVEL, null);
        ContactFolder folder = folder("me", finance);
        assertThat(created.getParentFolderId()).isEqualTo(folder.getId());
        assertThat(list("folder=" + folder.getId())).extracting(Contact::getId).containsExactly(created.getId());
        // GET /me/contactfolders
        @SuppressWarnings("unchecked")
        List<ContactFolder> folders = (List<ContactFolder>) call("listFolders", "", null, null);
        assertThat(folders).extracting(ContactFolder::getId).contains(folder.getId());
        // GET /me/contactfolders/{contact_folder_id}/childfolders
        call("createFolder", "folder=" + finance, "Budget", null);
        @SuppressWarnings("unchecked")
        List<ContactFolder> children = (List<ContactFolder>) call("listFolders", "folder=" + folder.getId(), null, null);
        assertThat(children).extracting(ContactFolder::getDisplayName).containsExactly("Budget");
        // GET /me/contactfolders/{contact_folder_id}
        ContactFolder byId = (ContactFolder) call("getFolder", "", null,
                Map.of(OutlookContactsConstants.FOLDER_ID, folder.getId()));
        assertThat(byId.getDisplayName()).isEqualTo(finance);
        assertThat(byId.getParentFolderId()).isNotBlank();
    }

    @Test
    void contactPhotoAndItsMetadata() throws Exception {
        Contact contact = (Contact) call("create", "", PAVEL, null);
        // GET /me/contacts('{contact_id}')/photo/$value: 404 while there is no photo
        assertThat(failure(() -> call("getPhoto", "", contact.getId(), null)))
                .isInstanceOf(GraphNotFoundException.class);
        // PUT /me/contacts('{contact_id}')/photo/$value
        byte[] image = FoldersAndPhotosTest.jpeg(103, 77);
        call("setPhoto", "", image, Map.of(OutlookContactsConstants.CONTACT_ID, contact.getId(),
                Exchange.CONTENT_TYPE, "image/jpeg"));
        assertThat((byte[]) call("getPhoto", "", contact.getId(), null)).isEqualTo(image);
        // GET /me/contacts('{contact_id}')/photo
        ProfilePhoto meta = (ProfilePhoto) call("getPhotoMetadata", "", contact.getId(), null);
        assertThat(meta.getWidth()).isEqualTo(103);
        assertThat(meta.getHeight()).isEqualTo(77);
        assertThat(meta.getMediaContentType()).isEqualTo("image/jpeg");
    }

    @Test
    void userPhotoOfTheSignedInUserAndOfAnotherUser() throws Exception {
        for (String user : List.of("me", APP_USER)) {
            // PUT /me/photo/$value, PUT /users('{user_id}')/photo/$value
            byte[] image = FoldersAndPhotosTest.jpeg(240, 240);
            call("setUserPhoto", "user=" + user, image, null);
            // GET /me/photo/$value, GET /Users('{user_id}')/photo/$value
            assertThat((byte[]) call("getUserPhoto", "user=" + user, null, null)).isEqualTo(image);
            // GET /me/photo, GET /Users('{user_id}')/photo
            ProfilePhoto meta = (ProfilePhoto) call("getUserPhotoMetadata", "user=" + user, null, null);
            assertThat(meta.getWidth()).isEqualTo(240);
            assertThat(meta.getHeight()).isEqualTo(240);
        }
    }
}
