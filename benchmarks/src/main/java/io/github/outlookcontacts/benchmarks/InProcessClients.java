package io.github.outlookcontacts.benchmarks;

import java.net.http.HttpClient;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AuthenticationProvider;
import io.github.outlookcontacts.benchmarks.clients.RawDeltaRound;

/** Peers used inside the harness's JVM, where only wall time and request counts are compared. */
final class InProcessClients {

    private InProcessClients() {
    }

    static GraphServiceClient sdk(String baseUrl) {
        AuthenticationProvider bearer = (request, context) -> request.headers.add("Authorization", "Bearer bench");
        GraphServiceClient graph = new GraphServiceClient(bearer);
        graph.getRequestAdapter().setBaseUrl(baseUrl);
        return graph;
    }

    /** A round with the SDK from {@code link} (or the start) to the deltaLink; returns [items, deltaLink]. */
    static Object[] sdkRound(GraphServiceClient graph, String folderId, String link) {
        var delta = graph.me().contactFolders().byContactFolderId(folderId).contacts().delta();
        var page = link == null ? delta.get(rc -> rc.headers.add("Prefer", "odata.maxpagesize=200"))
                : delta.withUrl(link).get(rc -> rc.headers.add("Prefer", "odata.maxpagesize=200"));
        long items = 0;
        while (true) {
            items += page.getValue().size();
            if (page.getOdataNextLink() == null) {
                return new Object[] { items, page.getOdataDeltaLink() };
            }
            page = delta.withUrl(page.getOdataNextLink()).get(rc -> rc.headers.add("Prefer",
                    "odata.maxpagesize=200"));
        }
    }

    /** A round with plain HTTP and a streaming parser from {@code link} (or the start) to the deltaLink. */
    static RawDeltaRound rawRound(String baseUrl, String folderId, String link) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        return link == null ? RawDeltaRound.first(http, baseUrl, folderId) : RawDeltaRound.from(http, link);
    }
}
