package io.github.outlookcontacts.benchmarks.clients;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.contactfolders.item.contacts.delta.DeltaGetResponse;
import com.microsoft.graph.users.item.contactfolders.item.contacts.delta.DeltaRequestBuilder;
import com.microsoft.kiota.authentication.AuthenticationProvider;

/**
 * The Microsoft Graph Java SDK as its docs show delta: {@code delta().get()}, then {@code withUrl(nextLink)} until
 * the deltaLink, with {@code Prefer: odata.maxpagesize=200}. Arguments: {@code baseUrl folderId expected}.
 */
public final class GraphSdkDeltaClient {

    private GraphSdkDeltaClient() {
    }

    public static void main(String[] args) {
        long start = ClientReport.start();
        long expected = Long.parseLong(args[2]);
        AuthenticationProvider bearer = (request, context) -> request.headers.add("Authorization", "Bearer bench");
        GraphServiceClient graph = new GraphServiceClient(bearer);
        graph.getRequestAdapter().setBaseUrl(args[0]);
        DeltaRequestBuilder delta = graph.me().contactFolders().byContactFolderId(args[1]).contacts().delta();
        long items = 0;
        ClientReport.expect(expected);
        DeltaGetResponse page = delta.get(rc -> rc.headers.add("Prefer", "odata.maxpagesize=200"));
        while (true) {
            items += page.getValue().size();
            ClientReport.progress(items);
            if (page.getOdataNextLink() == null) {
                if (page.getOdataDeltaLink() == null) {
                    throw new IllegalStateException("the last delta page has no deltaLink");
                }
                break;
            }
            page = delta.withUrl(page.getOdataNextLink()).get(rc -> rc.headers.add("Prefer",
                    "odata.maxpagesize=200"));
        }
        ClientReport.finish(items, expected, start);
    }
}
