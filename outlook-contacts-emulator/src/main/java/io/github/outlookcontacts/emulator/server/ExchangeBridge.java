package io.github.outlookcontacts.emulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an {@link HttpExchange} into an {@link ApiRequest}, runs the pipeline and writes the {@link ApiResponse} back,
 * with Graph's common headers; a failing handler becomes a Graph-style 500, never a silently dead connection.
 */
final class ExchangeBridge implements HttpHandler {

    /** Request header telling the Graph API which absolute base URL to use in {@code @odata.nextLink}s. */
    static final String BASE_URL_HEADER = "X-Emulator-Base-Url";

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeBridge.class);

    private final ApiHandler pipeline;
    private final String scheme;
    private final int port;
    private final OpenResponses open;

    ExchangeBridge(ApiHandler pipeline, String scheme, int port, OpenResponses open) {
        this.pipeline = pipeline;
        this.scheme = scheme;
        this.port = port;
        this.open = open;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        open.opened(path);
        try {
            answer(exchange);
        } finally {
            open.closed(path);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiRequest request = toApiRequest(exchange);
            String requestId = GraphResponseHeaders.newRequestId();
            long start = System.nanoTime();
            ApiResponse response = invoke(request);
            // Path only: queries carry delta and skip tokens.
            LOG.debug("{} {} -> {} in {} ms", request.method(), request.rawPath(), response.status(),
                    (System.nanoTime() - start) / 1_000_000);
            TransportFault fault = TransportFault.of(response);
            if (fault == TransportFault.DROP) {
                // Throwing out of the handler makes the JDK server close the connection without a byte.
                throw new IOException("emulator fault: connection dropped");
            }
            GraphResponseHeaders.apply(exchange.getResponseHeaders(), response.headers(), requestId,
                    request.header("client-request-id"), "https".equals(scheme));
            byte[] body = response.body();
            if (fault == TransportFault.TRUNCATE) {
                writeTruncated(exchange, response.status(), body);
                return;
            }
            // 1xx, 204 and 304 carry no body: the JDK server forces length -1 and would fail (and log) the write.
            int status = response.status();
            boolean noBody = body.length == 0 || "HEAD".equals(request.method()) || status < 200 || status == 204
                    || status == 304;
            exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private ApiResponse invoke(ApiRequest request) {
        try {
            ApiResponse response = pipeline.handle(request);
            if (response == null) {
                throw new IllegalStateException("handler returned no response");
            }
            return response;
        } catch (RuntimeException | Error e) {
            LOG.warn("Emulator handler failed on {} {}", request.method(), request.rawPath(), e);
            return ApiResponse.error(500, "InternalServerError",
                    "The emulator failed to process the request (" + e.getClass().getSimpleName() + ").");
        }
    }

    private ApiRequest toApiRequest(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new HashMap<>(exchange.getRequestHeaders());
        headers.keySet().removeIf(BASE_URL_HEADER::equalsIgnoreCase);
        headers.put(BASE_URL_HEADER, List.of(baseUrl(exchange.getRequestHeaders().getFirst("Host"))));
        return new ApiRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers, body, null);
    }

    /** Keeps the loopback name the client used, so links it follows stay on the host it trusts. */
    private String baseUrl(String hostHeader) {
        String host = "127.0.0.1";
        if (hostHeader != null) {
            String name = hostHeader.startsWith("[") ? hostHeader.substring(0, hostHeader.indexOf(']') + 1)
                    : hostHeader.split(":", 2)[0];
            if (name.equalsIgnoreCase("localhost") || name.equals("127.0.0.1") || name.equals("[::1]")) {
                host = name.toLowerCase(Locale.ROOT);
            }
        }
        return scheme + "://" + host + ":" + port + "/v1.0";
    }

    private static void writeTruncated(HttpExchange exchange, int status, byte[] body) throws IOException {
        byte[] full = body.length < 2 ? Arrays.copyOf(body, 64) : body;
        exchange.sendResponseHeaders(status, full.length);
        OutputStream out = exchange.getResponseBody();
        out.write(full, 0, full.length / 2);
        out.flush();
        // The declared length was not reached: aborting makes the server close the connection mid-body.
        throw new IOException("emulator fault: body truncated");
    }
}
