package io.github.outlookcontacts.transport;

import java.io.IOException;

/**
 * One step of the request pipeline. It calls {@link Chain#proceed} (at most once per attempt it makes) and may
 * change the request on the way in or act on the response on the way out.
 */
@FunctionalInterface
public interface Interceptor {

    HttpResponse intercept(Chain chain) throws IOException;

    /** The rest of the pipeline as seen from one interceptor. */
    interface Chain {

        HttpRequest request();

        HttpResponse proceed(HttpRequest request) throws IOException;
    }
}
