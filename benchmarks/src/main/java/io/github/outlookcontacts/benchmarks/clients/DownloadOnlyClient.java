package io.github.outlookcontacts.benchmarks.clients;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The limit: streams the delta pages of a folder and counts the items, building no object per contact. Arguments:
 * {@code baseUrl folderId expected}.
 */
public final class DownloadOnlyClient {

    private DownloadOnlyClient() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String url = args[0] + "/me/contactFolders/" + args[1] + "/contacts/delta";
        long expected = Long.parseLong(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        JsonFactory json = new JsonFactory();
        long items = 0;
        while (url != null) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer bench")
                    .header("Prefer", "odata.maxpagesize=200").GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " from " + url);
            }
            String next = null;
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
                    } else {
                        parser.skipChildren();
                    }
                }
            }
            url = next;
        }
        ClientReport.finish(items, expected, start);
    }
}
