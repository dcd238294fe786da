package io.github.outlookcontacts.transport;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One reading of a request's mailbox, for the concurrency limit (its key) and the metrics (its tag). */
class MailboxPathTest {

    private final MailboxPath mailboxes = new MailboxPath(URI.create("https://graph.microsoft.com/v1.0/"));

    @Test
    void readsMeAndUsersBelowTheBasePath() {
        assertThat(mailboxes.mailbox(URI.create("https://graph.microsoft.com/v1.0/me/contacts"))).isEqualTo("me");
        assertThat(mailboxes.mailbox(URI.create("https://graph.microsoft.com/v1.0/users/Ann%40Contoso.com/contacts")))
                .isEqualTo("ann@contoso.com");
        assertThat(mailboxes.key(URI.create("https://graph.microsoft.com/v1.0/users/Ann%40Contoso.com/contacts")))
                .isEqualTo("/users/ann%40contoso.com");
        assertThat(mailboxes.mailbox(URI.create("https://graph.microsoft.com/v1.0/users/a+b%2Bc@x.com/contacts")))
                .as("a '+' in a path is a plus, not a space").isEqualTo("a+b+c@x.com");
    }

    @Test
    void requestsOfNoMailboxHaveNone() {
        assertThat(mailboxes.mailbox(URI.create("https://graph.microsoft.com/v1.0/$batch"))).isEmpty();
        assertThat(mailboxes.mailbox(URI.create("https://graph.microsoft.com/v1.0/users/"))).isEmpty();
    }
}
