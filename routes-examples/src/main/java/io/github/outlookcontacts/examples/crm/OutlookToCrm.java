package io.github.outlookcontacts.examples.crm;

import java.time.Duration;
import java.util.concurrent.Callable;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.IdleWatch;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Outlook → CRM over HTTP: a created or updated contact is a {@code PUT /contacts/{id}} of its JSON, a deleted one a
 * {@code DELETE /contacts/{id}}. A failed call is retried by Camel's error handler; as the sync consumer routes one
 * change at a time and commits its cursor only after the change went through, nothing is lost or reordered.
 */
@Command(name = "outlook-to-crm", mixinStandardHelpOptions = true,
        description = "Syncs a contact folder of the embedded Graph emulator into a CRM over HTTP.")
public final class OutlookToCrm implements Callable<Integer> {

    @Option(names = "--crm-url", description = "the CRM's base URL (default: a small CRM started in this JVM)")
    String crmUrl;

    @Option(names = "--crm-failure-rate", defaultValue = "0.3",
            description = "share of calls the built-in CRM answers 503 (default: ${DEFAULT-VALUE})")
    double failureRate;

    @Option(names = "--seed", defaultValue = "50", description = "contacts in the emulator's folder (default: ${DEFAULT-VALUE})")
    int seed;

    public static void main(String[] args) {
        PipelineMain.run(new OutlookToCrm(), args);
    }

    /** The pipeline: {@code source} selects and authenticates the folder (endpoint options). */
    public static RouteBuilder routes(String source, String crmUrl) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // One retry mechanism: Camel's, not also the HTTP client's own (which retries a 503 once after 1 s).
                for (String scheme : new String[] { "http", "https" }) {
                    getCamelContext().getComponent(scheme, HttpComponent.class).setAutomaticRetriesDisabled(true);
                }
                // 503s and I/O errors: try again, on the consumer's thread, before the next change is routed.
                errorHandler(defaultErrorHandler().maximumRedeliveries(6).redeliveryDelay(20)
                        .useExponentialBackOff().backOffMultiplier(2).maximumRedeliveryDelay(2000)
                        .retryAttemptedLogLevel(LoggingLevel.DEBUG).logExhausted(false)); // the consumer logs it

                from("outlook-contacts:sync?" + source)
                        .routeId("outlook-to-crm")
                        .process(new CrmPath()) // CamelHttpPath = /{contact id}, percent-encoded
                        .choice()
                            .when(header(OutlookContactsConstants.CHANGE_TYPE).isEqualTo("deleted"))
                                .setHeader(Exchange.HTTP_METHOD, constant("DELETE"))
                                .setBody(constant((Object) null))
                            .otherwise()
                                .setHeader(Exchange.HTTP_METHOD, constant("PUT"))
                                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                                .convertBodyTo(String.class) // the contact's Graph JSON
                        .end()
                        .to(crmUrl + "/contacts");
            }
        };
    }

    @Override
    public Integer call() throws Exception {
        try (CrmServer crm = crmUrl == null ? CrmServer.start(failureRate, 7) : null) {
            String url = crm == null ? crmUrl : crm.url();
            IdleWatch idle = new IdleWatch();
            try (ExampleMailbox mailbox = ExampleMailbox.start(seed); CamelContext camel = new DefaultCamelContext()) {
                idle.install(camel);
                camel.addRoutes(routes(mailbox.endpointOptions() + "&delay=200&pollStrategy=#idle", url));
                long start = IdleWatch.now();
                camel.start();
                idle.awaitIdle(start, Duration.ofMinutes(5));
                int changes = mailbox.makeChanges();
                long changed = IdleWatch.now();
                idle.awaitIdle(changed, Duration.ofMinutes(5));
                System.out.printf("Synced %d contacts and then %d changes to %s%s%n", seed, changes, url, crm == null
                        ? "" : ": the CRM holds " + crm.contacts().size() + " contacts (the folder has "
                               + mailbox.contacts().size() + "), after answering " + crm.failures() + " calls 503");
            }
        }
        return 0;
    }
}
