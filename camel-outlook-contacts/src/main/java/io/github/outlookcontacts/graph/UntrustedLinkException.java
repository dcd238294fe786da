package io.github.outlookcontacts.graph;

/**
 * A link in a Graph response ({@code @odata.nextLink}, {@code @odata.deltaLink}) points to a host other than the
 * configured {@code baseUrl}; it is refused so the bearer token never leaves for another host.
 */
public class UntrustedLinkException extends GraphException {

    public UntrustedLinkException(String message) {
        super(0, "UntrustedLink", message, null);
    }
}
