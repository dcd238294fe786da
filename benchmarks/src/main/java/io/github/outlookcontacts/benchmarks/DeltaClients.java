package io.github.outlookcontacts.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.benchmarks.clients.CamelBaselineClient;
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
    /** Not a delta client: the floor under the Camel ones, a Camel context with one timer route and no Graph. */
    static final String CAMEL_ALONE = "Camel context alone (timer)";

    private DeltaClients() {
    }

    /** The clients of a scenario by their short names, for the table by their long ones. */
    static Map<String, Class<?>> named(List<String> shortNames) {
        Map<String, Class<?>> clients = new LinkedHashMap<>();
        for (String name : shortNames) {
            switch (name) {
                case "component" -> clients.put(COMPONENT, ComponentSyncClient.class);
                case "download-only" -> clients.put(DOWNLOAD_ONLY, DownloadOnlyClient.class);
                case "sdk" -> clients.put(SDK, GraphSdkDeltaClient.class);
                case "camel-http" -> clients.put(CAMEL_HTTP, CamelHttpDeltaClient.class);
                case "camel-alone" -> clients.put(CAMEL_ALONE, CamelBaselineClient.class);
                default -> throw new IllegalArgumentException("unknown client '" + name + "'; use component,"
                        + " download-only, sdk, camel-http or camel-alone");
            }
        }
        return clients;
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
