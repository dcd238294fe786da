package io.github.outlookcontacts.graph;

/**
 * The links that close a delta page: exactly one of them is set.
 */
public record DeltaPage(String nextLink, String deltaLink, int itemCount) {

    public boolean isLastPage() {
        return deltaLink != null;
    }
}
