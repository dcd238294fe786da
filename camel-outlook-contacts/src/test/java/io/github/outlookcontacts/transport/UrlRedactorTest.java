package io.github.outlookcontacts.transport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlRedactorTest {

    @Test
    void redactsTokensAndFilters() {
        assertThat(UrlRedactor.redact("https://g/v1.0/me/contactFolders/f/contacts/delta?$deltatoken=SECRET&$select=id"))
                .isEqualTo("https://g/v1.0/me/contactFolders/f/contacts/delta?$deltatoken=***&$select=id");
        assertThat(UrlRedactor.redact("https://g/x?%24skiptoken=SECRET")).isEqualTo("https://g/x?%24skiptoken=***");
        assertThat(UrlRedactor.redact("https://g/x?$filter=emailAddresses/any(a:a/address eq 'a@b')&$top=1"))
                .isEqualTo("https://g/x?$filter=***&$top=1");
        assertThat(UrlRedactor.redact("https://g/x")).isEqualTo("https://g/x");
        assertThat(UrlRedactor.redact("https://g/x?$SkipToken=S")).isEqualTo("https://g/x?$SkipToken=***");
    }
}
