package io.github.outlookcontacts.examples.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.github.outlookcontacts.camel.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One node of a clustered sync: every node runs the same routes, one per mailbox, each behind {@code master:} so that
 * only the node ZooKeeper elected for that mailbox consumes it; the cursor lives in PostgreSQL, so the node that
 * takes over after a failure continues from the last committed page. Each change is appended to
 * {@code <sink>/<mailbox>.log} (a stand-in for a CRM) before the exchange completes.
 */
@Command(name = "clustered-sync-node", mixinStandardHelpOptions = true,
         description = "Syncs mailboxes' contacts on a Camel cluster node (ZooKeeper leader election, cursor in"
                       + " PostgreSQL).")
public final class ClusteredSyncNode implements Callable<Integer> {

    @Option(names = "--node", required = true, description = "This node's id (unique in the cluster).")
    String node;
    @Option(names = "--zookeeper", required = true, description = "ZooKeeper connect string, host:port[,...].")
    String zookeeper;
    @Option(names = "--session-timeout", defaultValue = "4000",
            description = "ZooKeeper session timeout in ms: how long a dead node keeps its routes (default 4000).")
    long sessionTimeout;
    @Option(names = "--jdbc-url", required = true, description = "PostgreSQL JDBC URL of the state store.")
    String jdbcUrl;
    @Option(names = "--jdbc-user", defaultValue = "postgres", description = "Database user (default postgres).")
    String jdbcUser;
    @Option(names = "--jdbc-password", defaultValue = "", description = "Database password (or env PGPASSWORD).",
            interactive = false)
    String jdbcPassword;
    @Option(names = "--base-url", required = true, description = "Graph root, e.g. the emulator's URL.")
    String baseUrl;
    @Option(names = "--access-token", required = true, description = "Bearer token (app-only) for the mailboxes.")
    String accessToken;
    @Option(names = "--mailboxes", required = true, split = ",", description = "Mailboxes (UPNs), comma separated.")
    List<String> mailboxes;
    @Option(names = "--sink", required = true, description = "Directory of the per-mailbox change logs.")
    Path sink;
    @Option(names = "--delay", defaultValue = "500", description = "Poll interval in ms (default 500).")
    long delay;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new ClusteredSyncNode());
        // A failure to start (ZooKeeper, PostgreSQL or Graph unreachable, a bad option) is one line, not a trace.
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("clustered-sync-node: " + e.getMessage());
            return 1;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        CamelContext camel = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            camel.stop(); // finish the exchange in flight so its cursor is committed
            stopped.countDown();
        }, "clustered-sync-node-shutdown"));
        stopped.await();
        return 0;
    }

    /** Starts the node's Camel context: cluster service, state store and one master route per mailbox. */
    CamelContext start() throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("node-" + node);
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(node);
        cluster.setNodes(zookeeper);
        cluster.setBasePath("/camel/outlook-contacts");
        cluster.setSessionTimeout(sessionTimeout);
        cluster.setConnectTimeout(sessionTimeout);
        camel.addService(cluster);

        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(jdbcUser);
        String password = jdbcPassword.isEmpty() ? System.getenv().getOrDefault("PGPASSWORD", "") : jdbcPassword;
        dataSource.setPassword(password);
        camel.getRegistry().bind("syncState", new JdbcStateRepository(dataSource, "cluster"));

        ChangeLogSink changeLog = new ChangeLogSink(sink, node);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String mailbox : mailboxes) {
                    String name = ChangeLogSink.fileName(mailbox);
                    from("master:" + name + ":outlook-contacts:sync?user=" + mailbox + "&baseUrl=" + baseUrl
                         + "&accessToken=RAW(" + accessToken + ")&stateRepository=#syncState&delay=" + delay)
                            .routeId("sync-" + name)
                            .process(changeLog);
                }
            }
        });
        camel.start();
        return camel;
    }
}
