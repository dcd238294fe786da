package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.net.URI;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the bearer token, but only to requests for the Graph origin (scheme, host and port of {@code baseUrl}); any
 * other request leaves without an {@code Authorization} header. On a 401 it refreshes the token once and, when the
 * body can be sent again, retries once; a second 401 is returned to the caller.
 */
public final class AuthorizationInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationInterceptor.class);

    private final Origin allowed;
    private final AccessTokenProvider tokens;

    public AuthorizationInterceptor(URI baseUrl, AccessTokenProvider tokens) {
        this.allowed = Origin.of(baseUrl);
        this.tokens = tokens;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request().withoutHeader("Authorization");
        if (!allowed.equals(Origin.of(request.uri()))) {
            LOG.debug("Not sending the access token to {}: not the Graph origin", Origin.of(request.uri()));
            return chain.proceed(request);
        }
        HttpResponse response = chain.proceed(withToken(request, tokens.getAccessToken()));
        if (response.status() != 401 || !request.isReplayable()) {
            return response;
        }
        response.close();
        LOG.debug("Graph answered 401 for {}; refreshing the access token and retrying once", request);
        return chain.proceed(withToken(request, tokens.refreshAccessToken()));
    }

    private static HttpRequest withToken(HttpRequest request, String token) {
        return request.withHeader("Authorization", "Bearer " + token);
    }
}
