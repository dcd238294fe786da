package io.github.outlookcontacts.benchmarks.clients;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.outlookcontacts.camel.JdbcStateRepository;
import io.github.outlookcontacts.camel.OutlookContactsConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * camel-outlook-contacts: the first round of {@code outlook-contacts:sync} into a no-op route, until the consumer
 * reports the round complete. Arguments: {@code baseUrl folderId expected [jdbcUrl]}; with a JDBC URL the state
 * (cursor and known contacts) goes to a {@link JdbcStateRepository} there instead of the heap.
 */
public final class ComponentSyncClient {

    private ComponentSyncClient() {
    }

    public static void main(String[] args) throws Exception {
        long start = ClientReport.start();
        long expected = Long.parseLong(args[2]);
        AtomicLong seen = new AtomicLong();
        ClientReport.expect(expected);
        CamelContext camel = new DefaultCamelContext();
        String state = "";
        if (args.length > 3) {
            // A pool, as a deployment has: the driver's own DataSource opens a connection for every state write.
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(args[3]);
            pool.setMaximumPoolSize(2);
            HikariDataSource database = new HikariDataSource(pool);
            camel.getRegistry().bind("state", new JdbcStateRepository(database, "benchmark-" + args[1]));
            state = "&stateRepository=#state";
        }
        String stateOption = state;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?folder=" + args[1] + "&pageSize=200&initialDelay=0&delay=50&baseUrl="
                     + args[0] + "&accessToken=bench" + stateOption)
                        .routeId("sync").process(exchange -> ClientReport.progress(seen.incrementAndGet()));
            }
        });
        camel.start();
        // Done when the consumer has committed the whole round (deltaLink stored), not at the expected count.
        OutlookContactsConsumer consumer = (OutlookContactsConsumer) camel.getRoute("sync").getConsumer();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (consumer.getSyncHealth().lastCompleteRound() == null && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        ClientReport.finish(seen.get(), expected, start);
    }
}
