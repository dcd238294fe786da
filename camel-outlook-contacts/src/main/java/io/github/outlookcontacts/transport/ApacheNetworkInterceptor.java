package io.github.outlookcontacts.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The end of the chain: sends the request with Apache HttpClient 5. Non-streaming responses are read whole here, so
 * a truncated body surfaces as an I/O error the retry step sees.
 */
final class ApacheNetworkInterceptor implements Interceptor, AutoCloseable {

    private final CloseableHttpClient client;

    ApacheNetworkInterceptor(TransportSettings settings) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(Math.max(20, settings.maxConcurrentRequests() * 4))
                .setMaxConnPerRoute(Math.max(20, settings.maxConcurrentRequests() * 4))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout().toMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.requestTimeout().toMillis()))
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.requestTimeout().toMillis()))
                        .setRedirectsEnabled(false) // a redirect could carry the token elsewhere
                        .build())
                .disableAutomaticRetries() // RetryInterceptor decides
                .disableCookieManagement()
                .build();
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        HttpUriRequestBase outgoing = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach(outgoing::setHeader);
        if (request.body() != null) {
            ContentType type = request.contentType() == null ? ContentType.APPLICATION_JSON
                    : ContentType.parse(request.contentType());
            outgoing.setEntity(new ByteArrayEntity(request.body(), type));
        }
        ClassicHttpResponse response = client.executeOpen(null, outgoing, null);
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header h : response.getHeaders()) {
                headers.putIfAbsent(h.getName(), h.getValue());
            }
            HttpEntity entity = response.getEntity();
            if (!request.streaming() || entity == null) {
                byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
                response.close();
                return new HttpResponse(response.getCode(), headers, new ByteArrayInputStream(body), null);
            }
            InputStream stream = entity.getContent();
            return new HttpResponse(response.getCode(), headers, stream, () -> closeQuietly(response));
        } catch (IOException | RuntimeException e) {
            closeQuietly(response);
            throw e;
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // the connection is discarded
        }
    }

    @Override
    public void close() {
        client.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
    }

}
