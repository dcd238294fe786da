package io.github.outlookcontacts.emulator.server;

import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;

/**
 * Sends identity-platform paths (token, device code, discovery) to the identity handler unauthenticated and
 * {@code /v1.0/...} to the Graph pipeline; anything else is Graph's "invalid version" 400.
 */
public final class EmulatorRouter implements ApiHandler {

    private final ApiHandler identity;
    private final ApiHandler graph;

    public EmulatorRouter(ApiHandler identity, ApiHandler graph) {
        this.identity = identity;
        this.graph = graph;
    }

    /** True for {@code /{tenant}/oauth2/...}, {@code .../.well-known/openid-configuration}, {@code /common/discovery...}. */
    public static boolean isIdentityPath(String path) {
        String[] segments = path.split("/", 4);
        return (segments.length > 2 && segments[2].equals("oauth2"))
                || path.endsWith("/.well-known/openid-configuration")
                || path.startsWith("/common/discovery");
    }

    public static boolean isGraphPath(String path) {
        return path.equals("/v1.0") || path.startsWith("/v1.0/");
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String path = request.rawPath() == null ? "/" : request.rawPath();
        if (isIdentityPath(path)) {
            return identity.handle(request);
        }
        if (isGraphPath(path)) {
            return graph.handle(request);
        }
        String version = path.split("/", 3).length > 1 ? path.split("/", 3)[1] : "";
        return ApiResponse.error(400, "BadRequest", "Invalid version: " + version);
    }
}
