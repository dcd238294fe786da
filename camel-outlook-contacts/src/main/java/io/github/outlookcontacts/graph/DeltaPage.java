package io.github.outlookcontacts.graph;

/**
 * The links that close a delta page: exactly one of them is set; {@code odataCount} is a list page's
 * {@code @odata.count} (null when absent).
 */
public record DeltaPage(String nextLink, String deltaLink, int itemCount, Long odataCount) {

    public DeltaPage(String nextLink, String deltaLink, int itemCount) {
        this(nextLink, deltaLink, itemCount, null);
    }

    public boolean isLastPage() {
        return deltaLink != null;
    }
}
