package io.github.outlookcontacts.transport;

import java.io.IOException;

/**
 * One step of the HTTP pipeline (the OkHttp/kiota shape): look at the request, call {@link Chain#proceed} to pass
 * it on, look at the response. Each interceptor has one job.
 */
@FunctionalInterface
public interface Interceptor {

    HttpResponse intercept(Chain chain) throws IOException;

    /** The rest of the pipeline, as seen by one interceptor. */
    interface Chain {

        HttpRequest request();

        /**
         * Sends {@code request} through the remaining interceptors. An interceptor that proceeds again (a retry) must
         * first close the response it got.
         */
        HttpResponse proceed(HttpRequest request) throws IOException;
    }
}
