package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The immutable chain handed to each interceptor: its position in the list and the current request. Proceeding
 * creates the next link; the chain checks that an interceptor never leaves an open response behind when it proceeds
 * again and never returns null.
 */
final class InterceptorChain implements Interceptor.Chain {

    private final List<Interceptor> interceptors;
    private final int index;
    private final HttpRequest request;
    private HttpResponse lastResponse;

    InterceptorChain(List<Interceptor> interceptors, int index, HttpRequest request) {
        this.interceptors = interceptors;
        this.index = index;
        this.request = request;
    }

    static HttpResponse execute(List<Interceptor> interceptors, HttpRequest request) throws IOException {
        if (interceptors.isEmpty()) {
            throw new IllegalStateException("the chain needs a terminal interceptor");
        }
        return new InterceptorChain(List.copyOf(interceptors), 0, request).run();
    }

    private HttpResponse run() throws IOException {
        Interceptor interceptor = interceptors.get(index);
        HttpResponse response = interceptor.intercept(this);
        return Objects.requireNonNull(response, () -> "interceptor " + interceptor.getClass().getName()
                                                      + " returned null");
    }

    @Override
    public HttpRequest request() {
        return request;
    }

    @Override
    public HttpResponse proceed(HttpRequest next) throws IOException {
        if (index + 1 >= interceptors.size()) {
            throw new IllegalStateException("the terminal interceptor must not proceed");
        }
        if (lastResponse != null && !lastResponse.isClosed()) {
            throw new IllegalStateException("interceptor " + interceptors.get(index).getClass().getName()
                                            + " proceeded again without closing the previous response");
        }
        lastResponse = null;
        HttpResponse response = new InterceptorChain(interceptors, index + 1, Objects.requireNonNull(next)).run();
        lastResponse = response;
        return response;
    }
}
