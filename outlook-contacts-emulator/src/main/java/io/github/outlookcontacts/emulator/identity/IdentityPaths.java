package io.github.outlookcontacts.emulator.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.outlookcontacts.emulator.http.ApiRequest;

/** Which identity endpoint a path names, the tenant in it, the caller-visible origin and the form body. */
final class IdentityPaths {

    enum Endpoint { TOKEN, DEVICE_CODE, DEVICE_LOGIN, OPENID_CONFIGURATION, INSTANCE_DISCOVERY, UNKNOWN }

    /** The endpoint and the (decoded) tenant segment, e.g. {@code contoso.onmicrosoft.com} or {@code organizations}. */
    record Route(Endpoint endpoint, String tenant) {
    }

    private IdentityPaths() {
    }

    static Route route(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        if (path.equals("/common/discovery/instance")) {
            return new Route(Endpoint.INSTANCE_DISCOVERY, "common");
        }
        String[] s = path.split("/", -1);
        if (s.length < 3 || s[1].isEmpty()) {
            return new Route(Endpoint.UNKNOWN, null);
        }
        String tenant = URLDecoder.decode(s[1], StandardCharsets.UTF_8);
        String rest = path.substring(s[1].length() + 1);
        return switch (rest) {
            case "/oauth2/v2.0/token" -> new Route(Endpoint.TOKEN, tenant);
            case "/oauth2/v2.0/devicecode" -> new Route(Endpoint.DEVICE_CODE, tenant);
            case "/oauth2/deviceauth" -> new Route(Endpoint.DEVICE_LOGIN, tenant);
            case "/v2.0/.well-known/openid-configuration" -> new Route(Endpoint.OPENID_CONFIGURATION, tenant);
            default -> new Route(Endpoint.UNKNOWN, tenant);
        };
    }

    /** {@code https://host:port} as the caller addressed us (msal4j only speaks https). */
    static String origin(ApiRequest request) {
        String host = request.header("Host");
        return "https://" + (host == null || host.isBlank() ? "localhost" : host.trim());
    }

    /** The {@code application/x-www-form-urlencoded} body; a repeated name keeps its first value. */
    static Map<String, String> form(ApiRequest request) {
        Map<String, String> out = new LinkedHashMap<>();
        String body = new String(request.body(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                // A malformed escape: treat the pair as absent, as a lenient form parser would.
            }
        }
        return out;
    }
}
