package io.github.outlookcontacts.examples.springboot;

import io.github.outlookcontacts.camel.OutlookContactsComponent;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Without a tenant the app runs against the Microsoft Graph emulator, started in-process and seeded with contacts,
 * so it works on a machine with no Microsoft 365 account.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmbeddedEmulatorConfiguration.NO_TENANT)
public class EmbeddedEmulatorConfiguration {

    static final String NO_TENANT = "'${camel.component.outlook-contacts.tenant-id:}'.isBlank()";
    static final String TENANT_CONFIGURED = "!" + NO_TENANT;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEmulatorConfiguration.class);

    @Bean(destroyMethod = "close")
    GraphEmulator graphEmulator(@Value("${contacts.emulator.folder}") String folder,
            @Value("${contacts.emulator.seed}") int contacts) {
        GraphEmulator emulator = GraphEmulator.builder().port(0).build().start();
        emulator.store().seed(Principal.DEFAULT_USER, folder, contacts, 42);
        LOG.info("No tenant configured: started the Microsoft Graph emulator at {} with {} contacts in {}",
                emulator.baseUrl(), contacts, folder);
        return emulator;
    }

    /** The emulator starts empty on every run, so a cursor from an earlier run would point at nothing. */
    @Bean
    MemoryStateRepository contactsState() {
        return new MemoryStateRepository();
    }

    /** Runs after the starter's customizer, so the emulator's address wins over the configured Graph root. */
    @Bean
    ComponentCustomizer useEmbeddedEmulator(GraphEmulator emulator) {
        return ComponentCustomizer.builder(OutlookContactsComponent.class).withOrder(Ordered.LOWEST_PRECEDENCE)
                .build(component -> {
                    PropertyBindingSupport.build().bind(component.getCamelContext(), component, "baseUrl",
                            emulator.baseUrl());
                    // The emulator takes any bearer token as its default user's.
                    PropertyBindingSupport.build().bind(component.getCamelContext(), component, "accessToken",
                            "emulator");
                });
    }
}
