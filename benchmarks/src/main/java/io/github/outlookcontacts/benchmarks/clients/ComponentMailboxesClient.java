package io.github.outlookcontacts.benchmarks.clients;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Many mailboxes in one Camel context, app-only, one sync route each (default folder). Arguments:
 * {@code baseUrl expectedTotal user1,user2,...}; prints the peak thread count before the usual result line.
 */
public final class ComponentMailboxesClient {

    private ComponentMailboxesClient() {
    }

    public static void main(String[] args) throws Exception {
        long start = ClientReport.start();
        long expected = Long.parseLong(args[1]);
        List<String> users = List.of(args[2].split(","));
        AtomicLong seen = new AtomicLong();
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String user : users) {
                    from("outlook-contacts:sync?user=" + user + "&pageSize=200&initialDelay=0&delay=50&baseUrl="
                         + args[0] + "&accessToken=bench").process(exchange -> seen.incrementAndGet());
                }
            }
        });
        camel.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (seen.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        System.out.println("THREADS peak=" + ManagementFactory.getThreadMXBean().getPeakThreadCount());
        ClientReport.finish(seen.get(), expected, start);
    }
}
