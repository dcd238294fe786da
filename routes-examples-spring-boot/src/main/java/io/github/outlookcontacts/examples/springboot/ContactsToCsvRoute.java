package io.github.outlookcontacts.examples.springboot;

import java.nio.file.Path;

import io.github.outlookcontacts.camel.AtomicFileStateRepository;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pipeline: every change of the folder becomes a CSV row. Mailbox, folder and credentials come from
 * {@code camel.component.outlook-contacts.*}; against a tenant the cursor lives in a file, so a restart resumes where
 * it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class ContactsToCsvRoute {

    /**
     * Picked up by the starter as the component's state repository (the only one in the application). Against the
     * embedded emulator, whose contacts live only as long as the process, the state is in memory instead.
     */
    @Bean
    @ConditionalOnExpression(EmbeddedEmulatorConfiguration.TENANT_CONFIGURED)
    AtomicFileStateRepository contactsState(@Value("${contacts.state-file}") Path file) {
        return new AtomicFileStateRepository(file);
    }

    @Bean
    CsvChangeLog csvChangeLog(@Value("${contacts.csv-file}") Path file) {
        return new CsvChangeLog(file);
    }

    @Bean
    RouteBuilder contactsToCsv(CsvChangeLog csv) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?initialDelay=0&delay={{contacts.poll-delay}}").routeId("contacts-to-csv")
                        .bean(csv);
            }
        };
    }
}
