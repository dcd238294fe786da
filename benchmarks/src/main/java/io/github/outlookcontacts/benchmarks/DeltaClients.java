package io.github.outlookcontacts.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.outlookcontacts.benchmarks.clients.CamelHttpDeltaClient;
import io.github.outlookcontacts.benchmarks.clients.ComponentSyncClient;
import io.github.outlookcontacts.benchmarks.clients.DownloadOnlyClient;
import io.github.outlookcontacts.benchmarks.clients.GraphSdkDeltaClient;

/** The clients that read a folder's first delta round, by the name the tables use. */
final class DeltaClients {

    static final String COMPONENT = "camel-outlook-contacts";
    static final String DOWNLOAD_ONLY = "download-only (limit)";
    static final String SDK = "Graph SDK 6.69.0";
    static final String CAMEL_HTTP = "camel-http by hand";

    private DeltaClients() {
    }

    static Map<String, Class<?>> all() {
        Map<String, Class<?>> clients = new LinkedHashMap<>();
        clients.put(COMPONENT, ComponentSyncClient.class);
        clients.put(DOWNLOAD_ONLY, DownloadOnlyClient.class);
        clients.put(SDK, GraphSdkDeltaClient.class);
        clients.put(CAMEL_HTTP, CamelHttpDeltaClient.class);
        return clients;
    }
}
