package io.github.outlookcontacts.benchmarks.clients;

import java.net.http.HttpClient;

/**
 * The limit: streams the delta pages of a folder and counts the items ({@link RawDeltaRound}). Arguments:
 * {@code baseUrl folderId expected}.
 */
public final class DownloadOnlyClient {

    private DownloadOnlyClient() {
    }

    public static void main(String[] args) throws Exception {
        long start = ClientReport.start();
        long expected = Long.parseLong(args[2]);
        ClientReport.expect(expected);
        RawDeltaRound round = RawDeltaRound.first(HttpClient.newHttpClient(), args[0], args[1]);
        ClientReport.finish(round.items(), expected, start);
    }
}
