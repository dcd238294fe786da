package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiRequest;
import java.util.List;
import java.util.Map;

/**
 * One resolved API call: the request, the mailbox user it addresses, the absolute base URL for links and the path
 * tokens after the mailbox prefix.
 *
 * @param request  the request as received
 * @param user     the mailbox owner (UPN or user id)
 * @param baseUrl  absolute service root ending in {@code /v1.0}, without a trailing slash
 * @param linkPath the raw path after {@code /v1.0} (still encoded), reused for next/delta links
 * @param tokens   decoded path tokens after {@code me} / {@code users/{id}}
 */
record Call(ApiRequest request, String user, String baseUrl, String linkPath, List<String> tokens) {

    String method() {
        return request.method();
    }

    Map<String, String> query() {
        return request.query();
    }

    String token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** The absolute URL of this resource with the given raw query (null = none). */
    String link(String rawQuery) {
        return baseUrl + linkPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }

    /** {@code users('me%40x')} style context prefix for {@code @odata.context}. */
    String contextPrefix() {
        return baseUrl + "/$metadata#users('" + Links.encodeQueryValue(user) + "')";
    }
}
