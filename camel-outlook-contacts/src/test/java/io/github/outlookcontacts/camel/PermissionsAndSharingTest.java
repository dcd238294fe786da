package io.github.outlookcontacts.camel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.IdentityService;
import io.github.outlookcontacts.graph.GraphException;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.ProfilePhoto;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component against the emulator checking permissions like Graph (strict mode: the token's {@code scp} or
 * {@code roles}, 403 {@code ErrorAccessDenied} without them): the scopes it asks for suffice for every operation,
 * a read-only app is refused writes, and a delegate reads another user's shared Contacts folder with
 * {@code Contacts.Read.Shared} through {@code user=owner}.
 */
class PermissionsAndSharingTest {

    private static final String TENANT = "contoso.onmicrosoft.com";
    private static final String ANN = "ann@contoso.com";
    private static final String BOB = "bob@contoso.com";

    @TempDir
    Path dir;

    private GraphEmulator emulator;
    private IdentityService identity;
    private CamelContext context;
    private ProducerTemplate template;
    private final List<String> signIns = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        emulator = GraphEmulator.builder().https(true).strictAuth(true).seedContacts(ANN, "", 3)
                .seedContacts(BOB, "", 1).build().start();
        identity = emulator.identity();
        identity.registerPublicClient("public-app").registerClient("daemon", "s").registerClient("reader", "s")
                .grantApplicationPermissions("reader", "Contacts.Read");
        context = new DefaultCamelContext();
        context.getRegistry().bind("identityTls", emulator.sslContext());
        context.getRegistry().bind("signIn", (java.util.function.Consumer<String>) signIns::add);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
        emulator.close();
    }

    private String common() {
        return "&authorityHost=" + emulator.authorityHost() + "&baseUrl=" + emulator.baseUrl()
               + "&identitySslContext=#identityTls&tenantId=" + TENANT + "&maxRetries=0";
    }

    private String delegated(String user, String scopes) {
        identity.autoApproveDeviceCodes(user);
        return "&clientId=public-app&deviceCodeListener=#signIn&tokenCachePath="
               + dir.resolve(user + "-" + Math.abs((scopes == null ? "" : scopes).hashCode()) + ".json")
               + (scopes == null ? "" : "&scopes=" + scopes) + common();
    }

    private Object call(String operation, String options, Object body, Map<String, Object> headers) {
        return template.requestBodyAndHeaders("outlook-contacts:" + operation + "?" + options, body,
                headers == null ? Map.of() : headers);
    }

    private static Map<String, Object> id(String contactId) {
        return Map.of(OutlookContactsConstants.CONTACT_ID, contactId);
    }

    private static byte[] jpeg() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    private static GraphException graphFailure(Runnable r) {
        try {
            r.run();
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof GraphException g) {
                return g;
            }
            throw e;
        }
        throw new AssertionError("expected Graph to refuse");
    }

    @Test
    void theDefaultDelegatedScopesCoverEveryContactOperation() throws Exception {
        String me = "user=me" + delegated(ANN, null);
        Contact c = (Contact) call("create", me, Map.of("givenName", "Scoped"), null);
        assertThat(((Contact) call("get", me, c.getId(), null)).getGivenName()).isEqualTo("Scoped");
        call("update", me, Map.of("jobTitle", "CTO"), id(c.getId()));
        call("upsert", me, Map.of("givenName", "Up", "emailAddresses", List.of(Map.of("address", "up@x.com"))),
                Map.of(OutlookContactsConstants.EXTERNAL_ID, "crm-1"));
        assertThat((List<?>) call("list", me, null, null)).hasSizeGreaterThanOrEqualTo(5);
        call("createFolder", me, "Scoped folder", null);
        assertThat((List<?>) call("listFolders", me, null, null)).isNotEmpty();
        call("setPhoto", me, jpeg(), id(c.getId()));
        assertThat((byte[]) call("getPhoto", me, null, id(c.getId()))).isNotEmpty();
        assertThat(((ProfilePhoto) call("getPhotoMetadata", me, null, id(c.getId()))).getWidth()).isEqualTo(64);
        Map<String, Object> ext = Map.of(OutlookContactsConstants.CONTACT_ID, c.getId(),
                OutlookContactsConstants.EXTENSION_NAME, "com.acme.crm");
        call("createExtension", me, Map.of("tier", "gold"), ext);
        call("updateExtension", me, Map.of("tier", "silver"), ext);
        call("getExtension", me, null, ext);
        call("deleteExtension", me, null, ext);
        call("delete", me, c.getId(), null);
        assertThat(signIns).as("one sign-in for all of it").hasSize(1);
    }

    @Test
    void userPhotosNeedUserScopesWhichTheScopesOptionAdds() throws Exception {
        String withUser = "user=me" + delegated(ANN, "Contacts.ReadWrite,User.ReadWrite");
        call("setUserPhoto", withUser, jpeg(), null);
        assertThat((byte[]) call("getUserPhoto", withUser, null, null)).isNotEmpty();
        assertThat(((ProfilePhoto) call("getUserPhotoMetadata", withUser, null, null)).getWidth()).isEqualTo(64);

        String contactsOnly = "user=me" + delegated(ANN, "Contacts.ReadWrite");
        GraphException refused = graphFailure(() -> call("getUserPhotoMetadata", contactsOnly, null, null));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getErrorCode()).isEqualTo("ErrorAccessDenied");
    }

    @Test
    void appOnlyTokensGetTheGrantedRolesAndAReadOnlyAppIsRefusedWrites() throws Exception {
        String daemon = "user=" + ANN + "&clientId=daemon&clientSecret=s" + common();
        Contact c = (Contact) call("create", daemon, Map.of("givenName", "Daemon"), null);
        call("setUserPhoto", daemon, jpeg(), null);
        assertThat((byte[]) call("getUserPhoto", daemon, null, null)).isNotEmpty();

        String reader = "user=" + ANN + "&clientId=reader&clientSecret=s" + common();
        assertThat((List<?>) call("list", reader, null, null)).isNotEmpty();
        assertThat(((Contact) call("get", reader, c.getId(), null)).getGivenName()).isEqualTo("Daemon");
        GraphException write = graphFailure(() -> call("update", reader, Map.of("jobTitle", "x"), id(c.getId())));
        assertThat(write.getStatus()).isEqualTo(403);
        assertThat(write.getErrorCode()).isEqualTo("ErrorAccessDenied");
        assertThat(graphFailure(() -> call("getUserPhoto", reader, null, null)).getStatus())
                .as("no User.Read.All").isEqualTo(403);
    }

    @Test
    void aDelegateReadsAndSyncsAnotherUsersSharedContactsFolder() throws Exception {
        String bobOnAnn = "user=" + ANN + delegated(BOB, "Contacts.Read.Shared");
        GraphException notShared = graphFailure(() -> call("list", bobOnAnn, null, null));
        assertThat(notShared.getStatus()).isEqualTo(403);

        emulator.store().shareFolder(ANN, null, BOB, false);
        @SuppressWarnings("unchecked")
        List<Contact> shared = (List<Contact>) call("list", bobOnAnn, null, null);
        assertThat(shared).hasSize(3);
        assertThat(graphFailure(() -> call("create", bobOnAnn, Map.of("givenName", "No"), null)).getStatus())
                .as("read-only share, read-only scope").isEqualTo(403);

        List<String> synced = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?initialDelay=0&delay=100&" + bobOnAnn).routeId("shared")
                        .process(e -> synced.add(e.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID,
                                String.class)));
            }
        });
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (synced.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(synced).containsExactlyInAnyOrderElementsOf(shared.stream().map(Contact::getId).toList());
    }
}
