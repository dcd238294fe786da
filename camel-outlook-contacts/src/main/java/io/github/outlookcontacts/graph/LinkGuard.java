package io.github.outlookcontacts.graph;

import java.net.URI;
import java.net.URISyntaxException;

import io.github.outlookcontacts.transport.Origin;
import io.github.outlookcontacts.transport.UrlRedactor;

/**
 * Checks {@code @odata.nextLink} / {@code @odata.deltaLink} values before anything is sent to them: only absolute
 * links with the scheme, host and port of {@code baseUrl} are followed, so a forged or misrouted link can never
 * receive the bearer token.
 */
final class LinkGuard {

    private final Origin trusted;

    LinkGuard(URI baseUrl) {
        this.trusted = Origin.of(baseUrl);
    }

    /** The link as a URI, unchanged, when it may be followed. */
    URI check(String link, String kind) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException | NullPointerException e) {
            throw new UntrustedLinkException("Refusing to follow " + kind + ": it is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new UntrustedLinkException("Refusing to follow " + kind + " " + UrlRedactor.redact(uri)
                                             + ": not an absolute URL on " + trusted);
        }
        Origin origin = Origin.of(uri);
        if (!trusted.equals(origin)) {
            throw new UntrustedLinkException("Refusing to follow " + kind + " to " + origin
                                             + ": only links to the configured baseUrl origin " + trusted
                                             + " are followed, so the access token never leaves for another host");
        }
        return uri;
    }
}
