package io.github.outlookcontacts.transport;

import java.io.IOException;

/**
 * Sets the {@code User-Agent} (Microsoft asks Graph clients to identify themselves; it helps throttling support).
 */
public final class UserAgentInterceptor implements Interceptor {

    private final String userAgent;

    public UserAgentInterceptor(String userAgent) {
        this.userAgent = userAgent;
    }

    /** {@code camel-outlook-contacts/<version> (Java <version>)}. */
    public static String defaultUserAgent() {
        String version = UserAgentInterceptor.class.getPackage().getImplementationVersion();
        return "camel-outlook-contacts/" + (version == null ? "dev" : version) + " (Java "
               + System.getProperty("java.version") + ")";
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().withHeader("User-Agent", userAgent));
    }
}
