package io.github.outlookcontacts.benchmarks;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AuthenticationProvider;

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

    /** A round with plain HTTP and a streaming parser; returns [items, deltaLink]. */
    static Object[] rawRound(String baseUrl, String folderId, String link) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String url = link != null ? link : baseUrl + "/me/contactFolders/" + folderId + "/contacts/delta";
        JsonFactory json = new JsonFactory();
        long items = 0;
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer bench")
                    .header("Prefer", "odata.maxpagesize=200").GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String next = null;
            String deltaLink = null;
            try (JsonParser parser = json.createParser(response.body())) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if ("value".equals(field)) {
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            parser.skipChildren();
                            items++;
                        }
                    } else if ("@odata.nextLink".equals(field)) {
                        next = parser.getText();
                    } else if ("@odata.deltaLink".equals(field)) {
                        deltaLink = parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
            }
            if (next == null) {
                return new Object[] { items, deltaLink };
            }
            url = next;
        }
    }
}
