package io.github.outlookcontacts.camel.push;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import io.github.outlookcontacts.notify.NotificationPayload;
import io.github.outlookcontacts.notify.SubscriptionManager;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The webhook on Camel's platform HTTP server (Vert.x in Camel Main, the servlet container under Spring Boot):
 * answers Graph's validation handshake with the token as plain text, and acknowledges notifications with 202 after
 * handing them to the {@link SubscriptionManager}, which only verifies them and queues a wake-up, so the answer
 * comes well inside Graph's 3 seconds.
 */
final class NotificationReceiver extends ServiceSupport implements Processor {

    private static final String TOKEN_PARAMETER = "validationToken=";

    private final CamelContext context;
    private final String path;
    private final SubscriptionManager manager;
    private Endpoint endpoint;
    private Consumer consumer;

    NotificationReceiver(CamelContext context, String path, SubscriptionManager manager) {
        this.context = context;
        this.path = path;
        this.manager = manager;
    }

    @Override
    protected void doStart() throws Exception {
        try {
            endpoint = context.getEndpoint("platform-http:" + path + "?httpMethodRestrict=POST&muteException=true");
            consumer = endpoint.createConsumer(this);
            ServiceHelper.startService(consumer);
        } catch (Exception e) {
            throw new IllegalStateException("notificationUrl needs Camel's platform HTTP server to receive Graph's"
                                            + " notifications on " + path + ": add camel-platform-http-vertx (and"
                                            + " camel.server.enabled=true in Camel Main) or, under Spring Boot,"
                                            + " camel-platform-http-starter (" + e.getMessage() + ")", e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(consumer);
        consumer = null;
        if (endpoint != null) {
            context.removeEndpoint(endpoint);
            endpoint = null;
        }
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        String token = validationToken(in.getHeader(Exchange.HTTP_QUERY, String.class));
        byte[] body = token == null ? in.getBody(byte[].class) : null;
        Message out = exchange.getMessage();
        out.removeHeaders("*"); // nothing of the request is echoed back as a response header
        if (token != null) {
            out.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
            out.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
            out.setBody(token);
            return;
        }
        int status;
        try {
            manager.receive(NotificationPayload.parse(body));
            status = 202;
        } catch (IllegalArgumentException unreadable) {
            manager.refusedUnreadable();
            status = 400;
        }
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setBody(null);
    }

    /** The URL-decoded {@code validationToken} query parameter, or null. */
    static String validationToken(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String parameter : rawQuery.split("&")) {
            if (parameter.startsWith(TOKEN_PARAMETER)) {
                return URLDecoder.decode(parameter.substring(TOKEN_PARAMETER.length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
