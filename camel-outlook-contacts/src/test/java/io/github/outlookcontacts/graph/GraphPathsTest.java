package io.github.outlookcontacts.graph;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphPathsTest {

    private final GraphRequests requests = new GraphRequests(URI.create("https://graph.microsoft.com/v1.0"));

    @Test
    void anIdIsAlwaysExactlyOneSegment() {
        assertThat(GraphPaths.segment("a/../b?x=1")).isEqualTo("a%2F%2E%2E%2Fb%3Fx%3D1");
        assertThat(GraphPaths.segment("..")).isEqualTo("%2E%2E");
        assertThat(GraphPaths.segment("AAMkAD-x_y=")).isEqualTo("AAMkAD-x_y%3D");
        assertThat(GraphPaths.segment("é#%")).isEqualTo("%C3%A9%23%25");
        assertThatThrownBy(() -> GraphPaths.segment("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileIdsCannotLeaveTheContactPath() {
        URI uri = requests.contact(Mailbox.of("me"), "a/../b?x=1", null);
        assertThat(uri.getRawPath()).isEqualTo("/v1.0/me/contacts/a%2F%2E%2E%2Fb%3Fx%3D1");
        assertThat(uri.getRawQuery()).isNull();
        assertThat(uri.normalize()).isEqualTo(uri);

        URI user = requests.contacts(Mailbox.of("../admin@x.com"), "f/1", null);
        assertThat(user.getRawPath()).isEqualTo("/v1.0/users/%2E%2E%2Fadmin%40x%2Ecom/contactFolders/f%2F1/contacts");
    }

    @Test
    void odataStringLiteralsDoubleQuotes() {
        assertThat(GraphPaths.odataString("O'Brien")).isEqualTo("'O''Brien'");
        assertThat(GraphPaths.odataString("x' or 1 eq 1 or 'a")).isEqualTo("'x'' or 1 eq 1 or ''a'");
        String filter = "emailAddresses/any(a:a/address eq " + GraphPaths.odataString("o'b@x.com&$top=1") + ")";
        URI uri = requests.contacts(Mailbox.of("me"), null, new ContactQuery(null, filter, null, null));
        // the whole filter is one query value: '&' and '$' cannot start another parameter
        assertThat(uri.getRawQuery()).startsWith("$filter=").doesNotContain("&");
        assertThat(uri.getQuery()).isEqualTo("$filter=emailAddresses/any(a:a/address eq 'o''b@x.com&$top=1')");
    }

    @Test
    void deltaStartUrlsSelectChangeKeyAndUseFolderLessPathsForNull() {
        assertThat(requests.contactsDelta(Mailbox.of("me"), "F1", "givenName, surname").toString())
                .isEqualTo("https://graph.microsoft.com/v1.0/me/contactFolders/F1/contacts/delta"
                           + "?$select=givenName%2Csurname%2CchangeKey");
        assertThat(requests.contactsDelta(Mailbox.of("me"), null, null).toString())
                .isEqualTo("https://graph.microsoft.com/v1.0/me/contacts/delta");
        assertThat(requests.contactsDelta(Mailbox.of("a@b.c"), "F1", "changeKey").getQuery())
                .isEqualTo("$select=changeKey");
        assertThat(requests.foldersDelta(Mailbox.of("me")).getPath()).isEqualTo("/v1.0/me/contactFolders/delta");
    }

    @Test
    void selectIsValidatedWithASuggestion() {
        assertThatThrownBy(() -> requests.contactsDelta(Mailbox.of("me"), "F1", "givenName,surnme"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("select").hasMessageContaining("'surnme'").hasMessageContaining("'surname'");
    }

    @Test
    void otherPaths() {
        Mailbox me = Mailbox.of("me");
        assertThat(requests.folders(me, null, java.util.List.of()).getPath()).isEqualTo("/v1.0/me/contactFolders");
        assertThat(requests.folders(me, "p", java.util.List.of()).getPath())
                .isEqualTo("/v1.0/me/contactFolders/p/childFolders");
        assertThat(requests.contactPhoto(me, "c", true).getRawPath()).isEqualTo("/v1.0/me/contacts/c/photo/$value");
        assertThat(requests.userPhoto(Mailbox.of("u1"), false).getRawPath()).isEqualTo("/v1.0/users/u1/photo");
        assertThat(requests.batch().toString()).isEqualTo("https://graph.microsoft.com/v1.0/$batch");
        assertThat(requests.contact(me, "c", new ContactQuery("givenName", null, "singleValueExtendedProperties"
                + "($filter=id eq 'x')", null)).getRawQuery())
                .isEqualTo("$select=givenName&$expand=singleValueExtendedProperties%28%24filter%3Did%20eq%20%27x%27%29");
    }
}
