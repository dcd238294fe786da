package io.github.outlookcontacts.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;

/**
 * The terminal step: sends the request with Apache HttpClient 5 (classic). Error and non-streaming bodies are read
 * completely here, so a connection dropped mid-body surfaces as an {@link IOException} the retry step can act on;
 * streaming bodies are handed out live and give their connection back when closed (discarded if not fully read).
 */
final class ApacheNetworkInterceptor implements Interceptor {

    /** Guard against a misbehaving server: a buffered body larger than this fails the request. */
    static final int MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

    private final CloseableHttpClient client;

    ApacheNetworkInterceptor(CloseableHttpClient client) {
        this.client = client;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        HttpUriRequestBase apacheRequest = new HttpUriRequestBase(request.method(), request.uri());
        for (Map.Entry<String, String> field : request.headers().fields()) {
            apacheRequest.addHeader(field.getKey(), field.getValue());
        }
        if (request.body() != null) {
            RequestBody body = request.body();
            apacheRequest.setEntity(new InputStreamEntity(body.open(), body.length(),
                    ContentType.parse(body.contentType())));
        }
        ClassicHttpResponse response = client.executeOpen(null, apacheRequest, null);
        try {
            HttpHeaders headers = HttpHeaders.EMPTY;
            for (Header header : response.getHeaders()) {
                headers = headers.plus(header.getName(), header.getValue() == null ? "" : header.getValue());
            }
            HttpEntity entity = response.getEntity();
            int status = response.getCode();
            if (entity == null) {
                response.close();
                return HttpResponse.buffered(request, status, headers, new byte[0]);
            }
            if (!request.isStreaming() || status >= 300) {
                byte[] bytes = readBounded(entity.getContent());
                response.close();
                return HttpResponse.buffered(request, status, headers, bytes);
            }
            return HttpResponse.of(request, status, headers, new ReleasingStream(entity.getContent(), response), null);
        } catch (IOException | RuntimeException e) {
            try {
                discard(response);
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    /** Closes without draining the rest of the body: the connection is dropped instead of reused. */
    private static void discard(ClassicHttpResponse response) throws IOException {
        if (response instanceof ModalCloseable closeable) {
            closeable.close(CloseMode.IMMEDIATE);
        } else {
            response.close();
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BUFFERED_BYTES + 1);
        if (bytes.length > MAX_BUFFERED_BYTES) {
            throw new IOException("response body larger than " + MAX_BUFFERED_BYTES + " bytes");
        }
        return bytes;
    }

    /**
     * Closes the exchange when the body is closed: gracefully (connection reused) after the end was read, immediately
     * (connection discarded, nothing drained) when the caller stopped early.
     */
    private static final class ReleasingStream extends FilterInputStream {

        private final ClassicHttpResponse response;
        private boolean eof;

        ReleasingStream(InputStream in, ClassicHttpResponse response) {
            super(in);
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            eof |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            eof |= n < 0;
            return n;
        }

        @Override
        public void close() throws IOException {
            if (eof) {
                response.close();
            } else {
                discard(response);
            }
        }
    }
}
