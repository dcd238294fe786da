package io.github.outlookcontacts.transport;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Makes URLs safe to log: the values of delta/skip tokens (they grant access to a change stream) and of
 * {@code $filter}/{@code $search} (they may hold e-mail addresses) become {@code ***}.
 */
public final class UrlRedactor {

    private static final Set<String> SECRET_PARAMS = Set.of("$skiptoken", "$deltatoken", "skiptoken", "deltatoken",
            "$filter", "$search", "%24skiptoken", "%24deltatoken", "%24filter", "%24search");

    private UrlRedactor() {
    }

    public static String redact(URI uri) {
        return uri == null ? "null" : redact(uri.toString());
    }

    public static String redact(String url) {
        if (url == null) {
            return "null";
        }
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        int hash = url.indexOf('#', q);
        String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
        StringBuilder out = new StringBuilder(url.length()).append(url, 0, q + 1);
        String[] params = query.split("&", -1);
        for (int i = 0; i < params.length; i++) {
            String param = params[i];
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq);
            out.append(i == 0 ? "" : "&");
            if (eq >= 0 && SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT))) {
                out.append(name).append("=***");
            } else {
                out.append(param);
            }
        }
        return out.toString();
    }
}
