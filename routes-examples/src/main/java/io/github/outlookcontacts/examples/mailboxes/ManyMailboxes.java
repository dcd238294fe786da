package io.github.outlookcontacts.examples.mailboxes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.github.outlookcontacts.camel.AtomicFileStateRepository;
import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.examples.support.IdleWatch;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Many mailboxes, app-only: one sync route per mailbox, generated from a list of UPNs, all with one app's client
 * credentials, each keeping its own cursor in one durable state file.
 */
@Command(name = "many-mailboxes", mixinStandardHelpOptions = true,
        description = "Syncs several mailboxes of the embedded emulator with app-only credentials, stops, changes "
                      + "one contact in each, restarts and shows that only those changes come.")
public final class ManyMailboxes implements Callable<Integer> {

    private static final Pattern UPN = Pattern.compile("[A-Za-z0-9._%'+-]+@[A-Za-z0-9.-]+");

    @Option(names = "--mailboxes", split = ",", defaultValue = "ann@contoso.com,bob@contoso.com,carol@contoso.com",
            description = "comma-separated UPNs (default: ${DEFAULT-VALUE})")
    List<String> mailboxes;

    @Option(names = "--seed", defaultValue = "20", description = "contacts per mailbox (default: ${DEFAULT-VALUE})")
    int seed;

    public static void main(String[] args) {
        PipelineMain.run(new ManyMailboxes(), args);
    }

    /**
     * One route per mailbox into {@code sink}. The placeholders {@code tenantId}, {@code clientId},
     * {@code clientSecret}, {@code authorityHost} and {@code baseUrl} come from the properties; {@code #syncState} is
     * the shared state repository (each route's cursor lives under its own mailbox's keys).
     */
    public static RouteBuilder routes(List<String> mailboxes, String extraOptions, String sink) {
        mailboxes.forEach(ManyMailboxes::checkUpn);
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String upn : mailboxes) {
                    from("outlook-contacts:sync?user=RAW(" + upn + ")&folder=Clients&stateRepository=#syncState"
                         + "&tenantId={{tenantId}}&clientId={{clientId}}&clientSecret=RAW({{clientSecret}})"
                         + "&authorityHost={{authorityHost}}&baseUrl={{baseUrl}}" + extraOptions)
                            .routeId("mailbox-" + upn)
                            .to(sink);
                }
            }
        };
    }

    static void checkUpn(String upn) {
        if (!UPN.matcher(upn).matches()) {
            throw new IllegalArgumentException("--mailboxes: '" + upn + "' is not a user principal name such as "
                                               + "ann@contoso.com");
        }
    }

    @Override
    public Integer call() throws Exception {
        mailboxes.forEach(ManyMailboxes::checkUpn);
        Path state = Files.createTempDirectory("many-mailboxes").resolve("state.dat");
        try (AppOnlyTenant tenant = AppOnlyTenant.start(mailboxes, seed)) {
            System.out.println("First start, changes per mailbox: " + countPerMailbox(tenant, state));
            System.out.println("Changed while stopped: " + tenant.changeOneContactEach());
            System.out.println("After the restart, changes per mailbox: " + countPerMailbox(tenant, state));
        }
        return 0;
    }

    private static Map<String, Integer> countPerMailbox(AppOnlyTenant tenant, Path state) throws Exception {
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        syncUntilCaughtUp(tenant, state, e -> seen.merge(
                e.getMessage().getHeader(OutlookContactsConstants.USER, String.class), 1, Integer::sum));
        return new TreeMap<>(seen);
    }

    /**
     * Starts a context with a route per mailbox of the tenant on the state file, hands every change to
     * {@code onChange}, waits until every mailbox is caught up and stops the context.
     */
    public static void syncUntilCaughtUp(AppOnlyTenant tenant, Path state, Processor onChange) throws Exception {
        IdleWatch idle = new IdleWatch();
        AtomicFileStateRepository repository = new AtomicFileStateRepository(state);
        repository.start(); // shared by every route: started and stopped here, not by the first consumer
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getPropertiesComponent().setInitialProperties(tenant.properties());
            camel.getRegistry().bind("syncState", repository);
            camel.getRegistry().bind("identityTls", tenant.identityTls());
            idle.install(camel);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:changes").process(onChange);
                }
            });
            camel.addRoutes(routes(tenant.mailboxes(),
                    "&identitySslContext=#identityTls&delay=100&pollStrategy=#idle", "direct:changes"));
            long start = IdleWatch.now();
            camel.start();
            idle.awaitIdle(start, tenant.mailboxes().size(), Duration.ofMinutes(5));
        } finally {
            repository.stop();
        }
    }
}
