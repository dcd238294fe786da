package io.github.outlookcontacts.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.outlookcontacts.emulator.identity.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Strict mode checks a token's {@code roles} / {@code scp} like Graph: tokens issued by the emulator's own token
 * endpoint carry what the app was granted (and, delegated, what it asked for), and Graph calls are 403
 * {@code ErrorAccessDenied} without the permission; another user's contacts need a share and a {@code .Shared} scope.
 */
class PermissionsEndToEndTest {

    private static final Pattern FIELD = Pattern.compile("\"(access_token|device_code)\"\\s*:\\s*\"([^\"]+)\"");
    private static final String ALICE = "alice@contoso.com";
    private static final String BOB = "bob@contoso.com";
    private static GraphEmulator emulator;
    private static WireClient https;
    private final WireClient plain = new WireClient();

    @BeforeAll
    static void start() {
        IdentityService identity = new IdentityService()
                .grantApplicationPermissions("reader-app", "Contacts.Read")
                .grantApplicationPermissions("photo-app", "User.Read.All")
                .grantApplicationPermissions("group-app", "GroupMember.Read.All")
                .grantDelegatedPermissions("limited-app", "Contacts.Read", "User.Read");
        emulator = GraphEmulator.builder().https(true).strictAuth(true).identity(identity)
                .seedContacts(ALICE, "", 2).seedContacts(ALICE, "Private", 1).seedContacts(BOB, "", 1)
                .build().start();
        https = new WireClient(emulator.sslContext());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void appOnlyTokensCarryTheGrantedRolesAndAreRefusedWhatTheyLack() throws Exception {
        String reader = appToken("reader-app");
        assertThat(claims(reader)).contains("\"roles\":[\"Contacts.Read\"]");

        assertThat(call("GET", "/users/" + ALICE + "/contacts", reader, null).statusCode()).isEqualTo(200);
        HttpResponse<String> write = call("POST", "/users/" + ALICE + "/contacts", reader, "{\"givenName\":\"X\"}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("\"code\":\"ErrorAccessDenied\"",
                "Access is denied. Check credentials and try again.");
        assertThat(call("GET", "/users/" + ALICE + "/photo", reader, null).statusCode()).as("needs User.Read.All")
                .isEqualTo(403);

        String photos = appToken("photo-app");
        assertThat(call("GET", "/users/" + ALICE + "/photo", photos, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/users/" + ALICE + "/contacts", photos, null).statusCode()).isEqualTo(403);

        String unconfigured = appToken("any-app");
        assertThat(call("POST", "/users/" + ALICE + "/contacts", unconfigured, "{\"givenName\":\"Y\"}")
                .statusCode()).as("an app without configuration gets every permission").isEqualTo(201);
    }

    @Test
    void groupMembersNeedAGroupOrDirectoryReadPermission() throws Exception {
        String group = "6f0e2b1c-4444-4c3e-9d55-000000000004";
        emulator.store().createGroup(group, ALICE, BOB);
        HttpResponse<String> denied = call("GET", "/groups/" + group + "/members", appToken("reader-app"), null);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("Authorization_RequestDenied");
        HttpResponse<String> listed = call("GET", "/groups/" + group + "/members?$select=id,userPrincipalName",
                appToken("group-app"), null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(ALICE, BOB);
        assertThat(call("GET", "/groups/" + group + "/members", appToken("any-app"), null).statusCode())
                .as("an app without configuration gets GroupMember.Read.All too").isEqualTo(200);
    }

    @Test
    void delegatedTokensCarryTheScopesAskedForAmongTheConsentedOnes() throws Exception {
        String token = delegatedToken("limited-app", ALICE, "https://graph.microsoft.com/Contacts.ReadWrite"
                + " https://graph.microsoft.com/Contacts.Read User.Read offline_access");
        assertThat(claims(token)).contains("\"scp\":\"Contacts.Read User.Read\"");

        assertThat(call("GET", "/me/contacts", token, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/me/photo", token, null).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/me/contacts", token, "{\"givenName\":\"Z\"}").statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/me/photo/$value", token, "GIF89a").statusCode()).as("needs User.ReadWrite")
                .isEqualTo(403);

        String photoOnly = delegatedToken("full-app", ALICE, "User.Read");
        assertThat(call("GET", "/me/contacts", photoOnly, null).statusCode()).as("no Contacts scope asked")
                .isEqualTo(403);
    }

    @Test
    void anotherUsersContactsNeedASharedFolderAndASharedScope() throws Exception {
        String bobShared = delegatedToken("full-app", BOB, "Contacts.ReadWrite.Shared");
        String bobOwn = delegatedToken("full-app", BOB, "Contacts.ReadWrite");
        String aliceContacts = "/users/" + ALICE + "/contacts";
        assertThat(call("GET", aliceContacts, bobShared, null).statusCode()).as("not shared yet").isEqualTo(403);

        emulator.store().shareFolder(ALICE, null, BOB, false);
        HttpResponse<String> shared = call("GET", aliceContacts, bobShared, null);
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("\"value\":[{");
        assertThat(call("GET", aliceContacts, bobOwn, null).statusCode()).as("no .Shared scope").isEqualTo(403);
        assertThat(call("POST", aliceContacts, bobShared, "{\"givenName\":\"W\"}").statusCode())
                .as("shared read-only").isEqualTo(403);
        String privateFolder = emulator.store().folderIdByPath(ALICE, "Private");
        assertThat(call("GET", "/users/" + ALICE + "/contactFolders/" + enc(privateFolder) + "/contacts", bobShared,
                null).statusCode()).as("only the default folder is shared").isEqualTo(403);
        assertThat(call("GET", "/users/" + ALICE + "/contactFolders", bobShared, null).statusCode())
                .as("the folder list is the whole mailbox").isEqualTo(403);

        emulator.store().shareFolder(ALICE, null, BOB, true);
        assertThat(call("POST", aliceContacts, bobShared, "{\"givenName\":\"W\"}").statusCode()).isEqualTo(201);
        assertThat(call("GET", "/me/contacts", bobShared, null).statusCode()).as("own contacts with .Shared")
                .isEqualTo(200);
        emulator.store().unshareFolder(ALICE, null, BOB);
        assertThat(call("GET", aliceContacts, bobShared, null).statusCode()).isEqualTo(403);
    }

    @Test
    void unknownUsersAndUsersWithoutAMailboxAre404LikeGraph() throws Exception {
        String token = appToken("any-app");
        HttpResponse<String> unknown = call("GET", "/users/nobody@contoso.com/contacts", token, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":\"ErrorInvalidUser\"",
                "The requested user 'nobody@contoso.com' is invalid.");
        assertThat(emulator.store().findMailbox("nobody@contoso.com")).as("no mailbox created").isEmpty();

        emulator.store().addUserWithoutMailbox("onprem@contoso.com");
        assertThat(call("GET", "/users/onprem@contoso.com/contacts", token, null).body())
                .contains("\"code\":\"MailboxNotEnabledForRESTAPI\"");
        emulator.store().createMailbox("new@contoso.com");
        assertThat(call("GET", "/users/new@contoso.com/contacts", token, null).statusCode()).isEqualTo(200);
    }

    private String appToken(String clientId) throws Exception {
        return field(identity("token", "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=s&scope=" + enc("https://graph.microsoft.com/.default")), "access_token");
    }

    private String delegatedToken(String clientId, String user, String scope) throws Exception {
        emulator.identity().autoApproveDeviceCodes(user);
        String deviceCode = field(identity("devicecode", "client_id=" + clientId + "&scope=" + enc(scope)),
                "device_code");
        return field(identity("token", "grant_type=device_code&client_id=" + clientId + "&device_code="
                + enc(deviceCode)), "access_token");
    }

    private HttpResponse<String> identity(String endpoint, String form) throws Exception {
        HttpResponse<String> r = https.send(HttpRequest.newBuilder(URI.create(emulator.authorityHost()
                + "/contoso.onmicrosoft.com/oauth2/v2.0/" + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", path.endsWith("$value") ? "image/gif" : "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return plain.send(b.build());
    }

    private static String field(HttpResponse<String> response, String name) {
        Matcher m = FIELD.matcher(response.body());
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new AssertionError(name + " not in " + response.body());
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
