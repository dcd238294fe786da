package io.github.outlookcontacts.camel;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Options live in groups (connection, authentication, consumer, producer) but are set by their flat names, on the
 * component (through its generated configurer, as Camel Main and Spring Boot do) or in the URI; an endpoint works on
 * a deep copy, so its URI options never reach the component or another endpoint.
 */
class OutlookContactsConfigurationTest {

    @Test
    void componentOptionsOfEveryGroupApplyToEndpoints() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            OutlookContactsComponent component = new OutlookContactsComponent();
            context.addComponent("outlook-contacts", component);
            Map<String, Object> options = new HashMap<>(Map.of("clientSecret", "component-secret",
                    "baseUrl", "http://127.0.0.1:9/v1.0", "pageSize", "50", "matchOn", "email",
                    "user", "shared@contoso.com"));
            // Without reflection, binding must go through the generated configurer.
            PropertyBindingSupport.build().withReflection(false)
                    .withConfigurer(component.getComponentPropertyConfigurer())
                    .bind(context, component, options);
            assertThat(options).as("options the configurer did not know").isEmpty();

            OutlookContactsConfiguration c = context.getEndpoint("outlook-contacts:upsert",
                    OutlookContactsEndpoint.class).getConfiguration();
            assertThat(c.getAuthenticationConfiguration().getClientSecret()).isEqualTo("component-secret");
            assertThat(c.getConnectionConfiguration().getBaseUrl()).isEqualTo("http://127.0.0.1:9/v1.0");
            assertThat(c.getConsumerConfiguration().getPageSize()).isEqualTo(50);
            assertThat(c.getProducerConfiguration().getMatchOn()).isEqualTo("email");
            assertThat(c.getUser()).isEqualTo("shared@contoso.com");
        }
    }

    @Test
    void uriOptionsOfEveryGroupStayInTheirEndpoint() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            OutlookContactsComponent component = new OutlookContactsComponent();
            component.getAuthenticationConfiguration().setClientSecret("component-secret");
            context.addComponent("outlook-contacts", component);

            OutlookContactsConfiguration own = context.getEndpoint("outlook-contacts:upsert?clientSecret=own"
                    + "&baseUrl=http://127.0.0.1:9/v1.0&maxRetries=1&pageSize=7&changeTypes=deleted&matchOn=email"
                    + "&streamList=true", OutlookContactsEndpoint.class).getConfiguration();
            OutlookContactsConfiguration plain = context.getEndpoint("outlook-contacts:list",
                    OutlookContactsEndpoint.class).getConfiguration();

            assertThat(own.getAuthenticationConfiguration().getClientSecret()).isEqualTo("own");
            assertThat(own.getConnectionConfiguration().getMaxRetries()).isEqualTo(1);
            assertThat(own.getConsumerConfiguration().getChangeTypes()).isEqualTo("deleted");
            assertThat(own.getProducerConfiguration().isStreamList()).isTrue();
            for (OutlookContactsConfiguration untouched : new OutlookContactsConfiguration[] {
                    plain, component.getConfiguration() }) {
                assertThat(untouched.getAuthenticationConfiguration().getClientSecret()).isEqualTo("component-secret");
                assertThat(untouched.getConnectionConfiguration().getBaseUrl())
                        .isEqualTo(ConnectionConfiguration.DEFAULT_BASE_URL);
                assertThat(untouched.getConnectionConfiguration().getMaxRetries()).isEqualTo(5);
                assertThat(untouched.getConsumerConfiguration().getPageSize()).isNull();
                assertThat(untouched.getConsumerConfiguration().getChangeTypes()).isEqualTo("created,updated,deleted");
                assertThat(untouched.getProducerConfiguration().getMatchOn()).isNull();
                assertThat(untouched.getProducerConfiguration().isStreamList()).isFalse();
            }
        }
    }

    @Test
    void aCopyHasItsOwnGroups() {
        OutlookContactsConfiguration template = new OutlookContactsConfiguration();
        OutlookContactsConfiguration copy = template.copy();
        assertThat(copy.getConnectionConfiguration()).isNotSameAs(template.getConnectionConfiguration());
        assertThat(copy.getAuthenticationConfiguration()).isNotSameAs(template.getAuthenticationConfiguration());
        assertThat(copy.getConsumerConfiguration()).isNotSameAs(template.getConsumerConfiguration());
        assertThat(copy.getProducerConfiguration()).isNotSameAs(template.getProducerConfiguration());
    }
}
