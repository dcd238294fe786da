package io.github.outlookcontacts.camel.dataformat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.camel.dataformat.support.ContactCard;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.emulator.junit.GraphEmulatorExtension;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder synced from the emulator over loopback into one .vcf file, then read back and compared. */
class SyncToVCardFileTest {

    private static final String USER = Principal.DEFAULT_USER;
    private static final int CONTACTS = 60;

    @RegisterExtension
    static final GraphEmulatorExtension EMULATOR = GraphEmulatorExtension.builder()
            .seedContacts(USER, "Clients", CONTACTS).build();

    @TempDir
    Path dir;

    @Test
    void aSyncedFolderBecomesAVcfFileHoldingEveryContact() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("outlook-contacts:sync?folder=Clients&baseUrl=" + EMULATOR.baseUrl()
                         + "&accessToken=test-token&initialDelay=0&delay=100")
                            .filter(header(OutlookContactsConstants.CHANGE_TYPE).isNotEqualTo("deleted"))
                            .marshal().custom("vcard")
                            .to("file:" + dir + "?fileName=clients.vcf&fileExist=Append");
                }
            });
            NotifyBuilder done = new NotifyBuilder(camel).whenCompleted(CONTACTS).create();
            camel.start();
            assertThat(done.matches(30, TimeUnit.SECONDS)).as("all contacts synced").isTrue();
        }

        byte[] file = Files.readAllBytes(dir.resolve("clients.vcf"));
        List<Contact> read = SampleContacts.unmarshal(new VCardDataFormat(), file);
        String folderId = EMULATOR.store().folderIdByPath(USER, "Clients");
        Map<String, String> expected = EMULATOR.store().contacts(USER, folderId).stream()
                .collect(Collectors.toMap(ContactEntry::id, SyncToVCardFileTest::asGraphJson));
        Map<String, String> actual = read.stream()
                .collect(Collectors.toMap(Contact::getId, Function.identity())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> SampleContacts.json(e.getValue())));
        assertThat(actual).hasSize(CONTACTS).isEqualTo(expected);
    }

    @Test
    void photosFetchedWithGetPhotoTravelInTheVCards() throws Exception {
        String folderId = EMULATOR.store().folderIdByPath(USER, "Clients");
        List<ContactEntry> stored = List.copyOf(EMULATOR.store().contacts(USER, folderId));
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1 };
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D };
        String withJpeg = stored.get(3).id();
        String withPng = stored.get(17).id();
        EMULATOR.store().setContactPhoto(USER, withJpeg, jpeg, "image/jpeg");
        EMULATOR.store().setContactPhoto(USER, withPng, png, "image/png");
        String options = "folder=Clients&baseUrl=" + EMULATOR.baseUrl() + "&accessToken=test-token";
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // The route of docs/dataformats.md: the photo goes into a variable, the contact stays the body.
                    from("outlook-contacts:sync?" + options + "&initialDelay=0&delay=100")
                            .filter(header(OutlookContactsConstants.CHANGE_TYPE).isNotEqualTo("deleted"))
                            .doTry()
                                .toV("outlook-contacts:getPhoto?" + options, null, "photo")
                                .setHeader(ContactDataFormatConstants.PHOTO, variable("photo"))
                            .doCatch(io.github.outlookcontacts.graph.GraphNotFoundException.class)
                            .end()
                            .marshal().custom("vcard")
                            .to("file:" + dir + "?fileName=photos.vcf&fileExist=Append");
                }
            });
            NotifyBuilder done = new NotifyBuilder(camel).whenCompleted(CONTACTS).create();
            camel.start();
            assertThat(done.matches(30, TimeUnit.SECONDS)).as("all contacts synced").isTrue();
        }
        VCardDataFormat format = new VCardDataFormat();
        format.setWithPhotos(true);
        List<ContactCard> cards = SampleContacts.unmarshal(format, Files.readAllBytes(dir.resolve("photos.vcf")));
        Map<String, ContactCard> byId = cards.stream().collect(Collectors.toMap(c -> c.contact().getId(),
                Function.identity()));
        assertThat(byId).hasSize(CONTACTS);
        assertThat(byId.get(withJpeg).photo()).isEqualTo(jpeg);
        assertThat(byId.get(withJpeg).photoContentType()).isEqualTo("image/jpeg");
        assertThat(byId.get(withPng).photo()).isEqualTo(png);
        assertThat(byId.get(withPng).photoContentType()).isEqualTo("image/png");
        assertThat(cards.stream().filter(ContactCard::hasPhoto)).hasSize(2);
    }

    /**
     * The stored contact as the model would hold it, with its id (the vCard's UID). Graph's empty lists ({@code []})
     * and unset addresses ({@code {}}) mean "none", as an absent vCard property does.
     */
    private static String asGraphJson(ContactEntry entry) {
        com.fasterxml.jackson.databind.node.ObjectNode json = entry.properties();
        json.properties().removeIf(p -> p.getValue().isContainerNode() && p.getValue().isEmpty());
        Contact c = GraphJson.fromTree(json, Contact.class);
        c.setId(entry.id());
        return SampleContacts.json(c);
    }
}
