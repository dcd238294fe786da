package io.github.outlookcontacts.camel.producer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.graph.GraphNotFoundException;
import io.github.outlookcontacts.graph.PhotoNotFoundException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ProfilePhoto;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 against the emulator: user photo sizes and the no-photo placeholder, OData listing ({@code orderBy},
 * {@code top}, {@code skip}, {@code count}, full pages), and the Outlook REST v2.0 PATCH example sent verbatim.
 */
class PhotoSizesAndListingTest extends EmulatorProducerSupport {

    @Test
    @SuppressWarnings("unchecked")
    void userPhotosComeInGraphsSizesAndAMissingPhotoIsNotFound() throws Exception {
        String user = "sizes-" + System.nanoTime() + "@emulator.local";
        emulator.store().createMailbox(user);
        String opts = "user=" + user;

        Throwable none = failure(() -> call("getUserPhotoMetadata", opts, null, null));
        assertThat(none).as("Graph's 200 + 1x1 gif placeholder is no photo").isInstanceOf(PhotoNotFoundException.class)
                .hasMessageContaining("1x1 image/gif placeholder");
        assertThat(failure(() -> call("getUserPhoto", opts, null, null))).isInstanceOf(GraphNotFoundException.class);
        assertThat((List<ProfilePhoto>) call("getUserPhotoMetadata", opts + "&photoSize=all", null, null)).isEmpty();

        call("setUserPhoto", opts, FoldersAndPhotosTest.jpeg(300, 300), null);
        ProfilePhoto largest = (ProfilePhoto) call("getUserPhotoMetadata", opts, null, null);
        assertThat(largest.getWidth()).isEqualTo(240);
        assertThat(largest.getMediaEtag()).matches("\"[0-9A-F]{8}\"");
        List<ProfilePhoto> sizes = (List<ProfilePhoto>) call("getUserPhotoMetadata", opts, null,
                Map.of(OutlookContactsConstants.PHOTO_SIZE, "all"));
        assertThat(sizes).extracting(ProfilePhoto::getId).containsExactly("48x48", "64x64", "96x96", "120x120",
                "240x240");

        byte[] small = (byte[]) call("getUserPhoto", opts + "&photoSize=48x48", null, null);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(small));
        assertThat(image.getWidth()).isEqualTo(48);
        Exchange byHeader = send("getUserPhoto", opts, null, Map.of(OutlookContactsConstants.PHOTO_SIZE, "96X96"));
        assertThat(ImageIO.read(new ByteArrayInputStream(byHeader.getMessage().getBody(byte[].class))).getWidth())
                .isEqualTo(96);
        assertThat(failure(() -> call("getUserPhotoMetadata", opts + "&photoSize=648x648", null, null)))
                .as("above the upload: the placeholder again").isInstanceOf(PhotoNotFoundException.class);
    }

    @Test
    void photoSizesAreValidatedBeforeAnyCall() {
        emulator.throttling().reset();
        assertThat(failure(() -> call("getUserPhoto", "", null, Map.of(OutlookContactsConstants.PHOTO_SIZE,
                "50x50")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header CamelOutlookContactsPhotoSize: '50x50' is not a photo size Graph serves")
                .hasMessageContaining("48x48, 64x64, 96x96, 120x120, 240x240, 360x360, 432x432, 504x504, 648x648");
        assertThat(failure(() -> call("getUserPhotoMetadata", "", null, Map.of(OutlookContactsConstants.PHOTO_SIZE,
                "big")))).hasMessageContaining("or all to list the available sizes");
        assertThat(failure(() -> call("getPhoto", "photoSize=48x48", "some-id", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Graph v1.0 serves a contact's photo in the one size it was uploaded in");
        assertThat(emulator.throttling().totalRequests()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listOrdersLimitsSkipsCountsAndAsksForFullPages() {
        String folder = newFolder("me");
        for (String name : List.of("Carol", "alice", "Bob", "dave", "Eve")) {
            call("create", "folder=" + folder, Map.of("givenName", name), null);
        }
        for (int i = 0; i < 7; i++) {
            call("create", "folder=" + folder, Map.of("givenName", "zz" + i), null);
        }
        emulator.throttling().reset();
        Exchange listed = send("list", "folder=" + folder + "&orderBy=givenName desc&count=true&skip=1", null,
                Map.of(OutlookContactsConstants.TOP, 3));
        assertThat((List<Contact>) listed.getMessage().getBody()).extracting(Contact::getGivenName)
                .containsExactly("zz5", "zz4", "zz3");
        assertThat(listed.getMessage().getHeader(OutlookContactsConstants.COUNT)).isEqualTo(12L);
        assertThat((List<Contact>) listed.getMessage().getBody()).hasSize(3);

        emulator.throttling().reset();
        List<Contact> all = list("folder=" + folder);
        assertThat(all).hasSize(12);
        assertThat(emulator.throttling().requestCount("GET", "/contacts")).as("one full page, not Graph's 10")
                .isEqualTo(1);

        List<Contact> byHeader = (List<Contact>) call("list", "folder=" + folder + "&orderBy=givenName", null,
                Map.of(OutlookContactsConstants.ORDER_BY, "givenName desc", OutlookContactsConstants.TOP, "2"));
        assertThat(byHeader).extracting(Contact::getGivenName).containsExactly("zz6", "zz5");
        assertThat(failure(() -> call("list", "orderBy=givenNam", null, null)))
                .hasMessageContaining("orderBy: 'givenNam' is not a contact property (did you mean 'givenName'?)");
        assertThat(failure(() -> call("list", "", null, Map.of(OutlookContactsConstants.TOP, 0))))
                .hasMessageContaining("header CamelOutlookContactsTop must be at least 1, was 0");
    }

    @Test
    void theV2PatchExampleWorksVerbatim() throws Exception {
        Contact janet = (Contact) call("create", "", Map.of("givenName", "Janet", "surname", "Schorr"), null);
        // Outlook REST v2.0 "Update contact" request body, as the seed page prints it (PascalCase, date-only)
        String seed = Files.readString(Path.of("src/test/resources/seeds/v2-update-contact.json"));

        Contact patched = (Contact) call("update", "", seed, id(janet.getId()));

        assertThat(patched.getBirthday()).startsWith("1974-07-22");
        assertThat(patched.getHomeAddress().getCity()).isEqualTo("Seattle");
        assertThat(patched.getHomeAddress().getPostalCode()).isEqualTo("98121");
        assertThat(seed).as("the seed's own body").contains("\"Birthday\": \"1974-07-22\"", "\"PostalCode\"");
    }
}
