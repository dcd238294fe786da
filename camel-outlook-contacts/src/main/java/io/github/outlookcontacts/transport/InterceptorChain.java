package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.util.List;

/**
 * An immutable chain position: interceptor {@code index} handles the request, the last element is the network.
 */
final class InterceptorChain implements Interceptor.Chain {

    private final List<Interceptor> interceptors;
    private final int index;
    private final HttpRequest request;

    InterceptorChain(List<Interceptor> interceptors, int index, HttpRequest request) {
        this.interceptors = interceptors;
        this.index = index;
        this.request = request;
    }

    @Override
    public HttpRequest request() {
        return request;
    }

    @Override
    public HttpResponse proceed(HttpRequest next) throws IOException {
        if (index >= interceptors.size()) {
            throw new IllegalStateException("the last interceptor must not call proceed");
        }
        return interceptors.get(index).intercept(new InterceptorChain(interceptors, index + 1, next));
    }
}
