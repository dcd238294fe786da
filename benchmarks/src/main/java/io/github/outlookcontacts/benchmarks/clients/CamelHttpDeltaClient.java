package io.github.outlookcontacts.benchmarks.clients;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What a user writes without the component: a camel-http route that GETs a delta page, splits its {@code value}
 * into one exchange per contact, and loops ({@code loopDoWhile}) on {@code @odata.nextLink} until the deltaLink. Arguments:
 * {@code baseUrl folderId expected}.
 */
public final class CamelHttpDeltaClient {

    private CamelHttpDeltaClient() {
    }

    public static void main(String[] args) throws Exception {
        long start = ClientReport.start();
        long expected = Long.parseLong(args[2]);
        AtomicLong seen = new AtomicLong();
        ClientReport.expect(expected);
        ObjectMapper mapper = new ObjectMapper();
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sync")
                        .loopDoWhile(header("nextUrl").isNotNull())
                            .setHeader("Authorization", constant("Bearer bench"))
                            .setHeader("Prefer", constant("odata.maxpagesize=200"))
                            .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                            .setHeader(Exchange.HTTP_URI, header("nextUrl"))
                            .to("http://graph-root")
                            .process(exchange -> {
                                JsonNode page = mapper.readTree(exchange.getIn().getBody(byte[].class));
                                JsonNode next = page.get("@odata.nextLink");
                                exchange.getIn().setHeader("nextUrl", next == null ? null : next.asText());
                                List<Map<String, Object>> contacts = mapper.convertValue(page.get("value"),
                                        mapper.getTypeFactory().constructCollectionType(List.class, Map.class));
                                exchange.getIn().setBody(contacts);
                            })
                            .split(body()).process(exchange -> ClientReport.progress(seen.incrementAndGet())).end()
                        .end();
            }
        });
        camel.start();
        String first = args[0] + "/me/contactFolders/" + args[1] + "/contacts/delta";
        // Synchronous (direct, loop and split run on this thread): it returns after the page with the deltaLink.
        camel.createProducerTemplate().sendBodyAndHeader("direct:sync", null, "nextUrl", first);
        ClientReport.finish(seen.get(), expected, start);
    }
}
