package io.github.outlookcontacts.graph;

import java.net.URI;

import io.github.outlookcontacts.transport.Origin;
import io.github.outlookcontacts.transport.Redaction;

/**
 * Accepts a link from a Graph response only when it points at the configured Graph root, so that a forged or
 * misrouted {@code @odata.nextLink} can never receive the bearer token.
 */
final class LinkGuard {

    private final Origin trusted;
    private final String basePath;

    LinkGuard(URI baseUrl) {
        this.trusted = Origin.of(baseUrl);
        this.basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    }

    URI check(String link) {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            throw new UntrustedLinkException("Graph returned a link that is not a valid URL: " + Redaction.url(link));
        }
        if (!uri.isAbsolute() || !trusted.equals(Origin.of(uri)) || !uri.getRawPath().startsWith(basePath)) {
            throw new UntrustedLinkException("Refusing to follow " + Redaction.url(link) + ": it does not point at "
                                             + trusted.scheme() + "://" + trusted.host() + ":" + trusted.port()
                                             + basePath + " (baseUrl), and the bearer token only goes there");
        }
        return uri;
    }
}
