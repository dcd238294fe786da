package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer in real routes: a Java DSL read-modify-write with the etag, and a YAML DSL upsert route.
 */
class RouteDslTest extends EmulatorProducerSupport {

    @Test
    void javaDslGetThenUpdateWithTheEtag() throws Exception {
        Contact contact = (Contact) call("create", "", Map.of("givenName", "Route"), null);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:promote").routeId("promote")
                        .to(uri("get", ""))
                        .setHeader(OutlookContactsConstants.ETAG, simple("${body.eTag}"))
                        .setBody(constant(Map.of("jobTitle", "Promoted")))
                        .to(uri("update", ""));
            }
        });
        Contact updated = template.requestBodyAndHeader("direct:promote", null, OutlookContactsConstants.CONTACT_ID,
                contact.getId(), Contact.class);
        assertThat(updated.getJobTitle()).isEqualTo("Promoted");
        assertThat(updated.getGivenName()).isEqualTo("Route");
    }

    @Test
    void yamlDslUpsertRoute() throws Exception {
        String folder = newFolder("me");
        String yaml = """
                - route:
                    id: yaml-upsert
                    from:
                      uri: direct:yaml-upsert
                      steps:
                        - to:
                            uri: outlook-contacts:upsert
                            parameters:
                              baseUrl: "%s"
                              accessToken: test-token
                              folder: "%s"
                              matchOn: email
                """.formatted(emulator.baseUrl(), folder);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("upsert.yaml", yaml));

        Map<String, Object> body = Map.of("givenName", "Yaml", "emailAddresses",
                List.of(Map.of("address", "yaml@example.com")));
        Exchange first = template.request("direct:yaml-upsert", e -> e.getMessage().setBody(body));
        Exchange second = template.request("direct:yaml-upsert", e -> e.getMessage().setBody(body));
        assertThat(first.getMessage().getHeader(OutlookContactsConstants.UPSERT_RESULT)).isEqualTo("created");
        assertThat(second.getMessage().getHeader(OutlookContactsConstants.UPSERT_RESULT)).isEqualTo("unchanged");
        assertThat(list("folder=" + folder)).hasSize(1);
    }
}
