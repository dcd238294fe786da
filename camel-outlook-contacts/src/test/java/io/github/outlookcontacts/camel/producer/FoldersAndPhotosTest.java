package io.github.outlookcontacts.camel.producer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ContactFolder;
import io.github.outlookcontacts.model.ProfilePhoto;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folder operations (list, child folders, tree, get by id or path, create, delete) and photo operations (contact and
 * user photos, bytes and metadata) for {@code user=me} and an app-only mailbox.
 */
class FoldersAndPhotosTest extends EmulatorProducerSupport {

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "user={0}")
    @ValueSource(strings = { "me", APP_USER })
    @SuppressWarnings("unchecked")
    void folders(String user) {
        String parent = newFolder(user);
        Exchange created = send("createFolder", "user=" + user + "&folder=" + parent, "Europe", null);
        ContactFolder europe = created.getMessage().getBody(ContactFolder.class);
        assertThat(created.getMessage().getHeader(OutlookContactsConstants.FOLDER_ID)).isEqualTo(europe.getId());
        ContactFolder parentFolder = folder(user, parent);
        assertThat(europe.getParentFolderId()).isEqualTo(parentFolder.getId());
        call("createFolder", "user=" + user + "&folder=" + parent + "/Europe", null,
                Map.of(OutlookContactsConstants.FOLDER_NAME, "Nordics"));

        List<ContactFolder> top = (List<ContactFolder>) call("listFolders", "user=" + user, null, null);
        assertThat(top).extracting(ContactFolder::getDisplayName).contains(parent).doesNotContain("Europe");
        List<ContactFolder> children = (List<ContactFolder>) call("listFolders",
                "user=" + user + "&folder=" + parent, null, null);
        assertThat(children).extracting(ContactFolder::getDisplayName).containsExactly("Europe");
        List<ContactFolder> tree = (List<ContactFolder>) call("listFolders",
                "user=" + user + "&folder=" + parent + "&includeSubfolders=true", null, null);
        assertThat(tree).extracting(ContactFolder::getDisplayName).containsExactly("Europe", "Nordics");

        assertThat(folder(user, parent + "/Europe").getId()).isEqualTo(europe.getId());
        assertThat(folder(user, europe.getId()).getDisplayName()).isEqualTo("Europe");
        ContactFolder byHeader = (ContactFolder) call("getFolder", "user=" + user, null,
                Map.of(OutlookContactsConstants.FOLDER_ID, europe.getId()));
        assertThat(byHeader.getDisplayName()).isEqualTo("Europe");
        ContactFolder defaultFolder = (ContactFolder) call("getFolder", "user=" + user, null, null);
        assertThat(defaultFolder.getId()).isEqualTo(parentFolder.getParentFolderId());

        call("deleteFolder", "user=" + user, null, Map.of(OutlookContactsConstants.FOLDER_ID, europe.getId()));
        assertThat(failure(() -> call("getFolder", "user=" + user, null,
                Map.of(OutlookContactsConstants.FOLDER_ID, europe.getId())))).isInstanceOf(GraphNotFoundException.class);
    }

    @ParameterizedTest(name = "user={0}")
    @ValueSource(strings = { "me", APP_USER })
    void contactPhotos(String user) throws IOException {
        Contact contact = (Contact) call("create", "user=" + user, Map.of("givenName", "Photo"), null);
        assertThat(failure(() -> call("getPhoto", "user=" + user, null, id(contact.getId()))))
                .isInstanceOf(GraphNotFoundException.class);

        byte[] image = jpeg(48, 32);
        call("setPhoto", "user=" + user, image,
                Map.of(OutlookContactsConstants.CONTACT_ID, contact.getId(), Exchange.CONTENT_TYPE, "image/jpeg"));
        Exchange photo = send("getPhoto", "user=" + user, null, id(contact.getId()));
        assertThat(photo.getMessage().getBody(byte[].class)).isEqualTo(image);
        assertThat(photo.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/jpeg");
        ProfilePhoto meta = (ProfilePhoto) call("getPhotoMetadata", "user=" + user, contact.getId(), null);
        assertThat(meta.getMediaContentType()).isEqualTo("image/jpeg");
        assertThat(meta.getWidth()).isEqualTo(48);
        assertThat(meta.getHeight()).isEqualTo(32);

        byte[] second = jpeg(20, 20);
        call("setPhoto", "user=" + user, new ByteArrayInputStream(second), id(contact.getId())); // default image/jpeg
        assertThat((byte[]) call("getPhoto", "user=" + user, contact.getId(), null)).isEqualTo(second);
    }

    @ParameterizedTest(name = "user={0}")
    @ValueSource(strings = { "me", APP_USER })
    void userPhotos(String user) throws IOException {
        byte[] image = jpeg(64, 64);
        call("setUserPhoto", "user=" + user, image, Map.of(Exchange.CONTENT_TYPE, "image/jpeg"));
        Exchange photo = send("getUserPhoto", "user=" + user, null, null);
        assertThat(photo.getMessage().getBody(byte[].class)).isEqualTo(image);
        assertThat(photo.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/jpeg");
        ProfilePhoto meta = (ProfilePhoto) call("getUserPhotoMetadata", "user=" + user, null, null);
        assertThat(meta.getWidth()).isEqualTo(64);
        assertThat(meta.getMediaContentType()).isEqualTo("image/jpeg");
    }
}
