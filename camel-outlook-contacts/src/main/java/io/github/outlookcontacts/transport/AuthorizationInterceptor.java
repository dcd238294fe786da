package io.github.outlookcontacts.transport;

import java.io.IOException;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the bearer token, but only for the origin of the configured Graph root: a token must never reach another
 * host. A 401 gets one forced token refresh and one retry; a second 401 is returned to the caller.
 */
final class AuthorizationInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationInterceptor.class);

    private final Origin trusted;
    private final AccessTokenProvider tokens;

    AuthorizationInterceptor(Origin trusted, AccessTokenProvider tokens) {
        this.trusted = trusted;
        this.tokens = tokens;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        if (!trusted.equals(Origin.of(request.uri()))) {
            throw new ForeignHostException("Refusing to send the Graph bearer token to "
                                           + Origin.of(request.uri()).host() + ": only " + trusted.host()
                                           + " (the host of baseUrl) receives it");
        }
        HttpResponse response = chain.proceed(withToken(request, tokens.getAccessToken()));
        if (response.status() != 401) {
            return response;
        }
        response.close();
        LOG.debug("Graph answered 401; refreshing the access token once and retrying");
        return chain.proceed(withToken(request, tokens.refreshAccessToken()));
    }

    private static HttpRequest withToken(HttpRequest request, String token) {
        return request.withHeader("Authorization", "Bearer " + token);
    }
}
