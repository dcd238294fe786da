package io.github.outlookcontacts.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the benchmark scenarios against the emulator on loopback and prints one table per scenario, the component
 * beside its peers measured in the same run; writes {@code figures.json} and PNG charts to {@code --out}.
 */
@Command(name = "benchmarks", mixinStandardHelpOptions = true, sortOptions = false,
         description = "camel-outlook-contacts beside the Graph Java SDK, a camel-http route and a download-only"
                       + " client, against the emulator on loopback.")
public final class BenchmarkMain implements Callable<Integer> {

    static final List<String> SCENARIOS = List.of(FirstRoundScenario.NAME, MinimumHeapScenario.NAME,
            LargeFolderScenario.NAME, IncrementalScenario.NAME, CreatesScenario.NAME, BudgetScenario.NAME, MailboxesScenario.NAME, PushScenario.NAME);

    @Option(names = "--scenarios", split = ",", defaultValue = "first-round,minimum-heap,incremental,creates,budget,"
                                                               + "mailboxes",
            description = "Comma-separated scenarios (default ${DEFAULT-VALUE}); also large-folder (--large-contacts"
                          + " at --large-heap, seeded in this JVM: give it -Xmx8g) and push.")
    List<String> scenarios;
    @Option(names = "--contacts", defaultValue = "100000",
            description = "Contacts in the folder of first-round, minimum-heap and incremental (default"
                          + " ${DEFAULT-VALUE}).")
    int contacts;
    @Option(names = "--runs", defaultValue = "3", description = "Runs per client in the first round; medians are"
                                                                 + " printed (default ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--heap", defaultValue = "1g", description = "-Xmx of each client JVM in the first round"
                                                                 + " (default ${DEFAULT-VALUE}).")
    String heap;
    @Option(names = "--heap-ceiling-mb", defaultValue = "1024",
            description = "Upper bound of the minimum-heap bisection in MB (default ${DEFAULT-VALUE}).")
    int heapCeilingMb;
    @Option(names = "--heap-resolution-mb", defaultValue = "1",
            description = "Resolution of the minimum-heap bisection in MB (default ${DEFAULT-VALUE}).")
    int heapResolutionMb;
    @Option(names = "--large-contacts", defaultValue = "1000000",
            description = "Contacts in the large-folder scenario's folder (default ${DEFAULT-VALUE}).")
    int largeContacts;
    @Option(names = "--large-heap", defaultValue = "64m",
            description = "-Xmx of each client JVM in the large-folder scenario (default ${DEFAULT-VALUE}).")
    String largeHeap;
    @Option(names = "--large-state", defaultValue = "jdbc",
            description = "Where the component keeps its state in large-folder: jdbc (a JdbcStateRepository on an"
                          + " embedded PostgreSQL started here) or memory (in its heap); default ${DEFAULT-VALUE}.")
    LargeFolderScenario.State largeState;
    @Option(names = "--heap-clients", split = ",", defaultValue = "component,download-only,sdk,camel-http,camel-alone",
            description = "Clients of minimum-heap (default ${DEFAULT-VALUE}; camel-alone is a Camel context with one"
                          + " timer route).")
    List<String> heapClients;
    @Option(names = "--large-clients", split = ",", defaultValue = "component",
            description = "Clients of large-folder (default ${DEFAULT-VALUE}; also download-only, sdk, camel-http).")
    List<String> largeClients;
    @Option(names = "--creates", defaultValue = "10000", description = "Creates by the component and the SDK batch"
                                                                       + " helper (default ${DEFAULT-VALUE}).")
    int creates;
    @Option(names = "--sdk-one-by-one", defaultValue = "500",
            description = "Creates by the SDK one by one (slow; default ${DEFAULT-VALUE}).")
    int sdkOneByOne;
    @Option(names = "--latency-ms", defaultValue = "50", description = "Latency the emulator adds per HTTP request"
            + " (a $batch envelope once) in the creates scenario (default ${DEFAULT-VALUE}).")
    long latencyMs;
    @Option(names = "--service-time-ms", defaultValue = "0", description = "Time the emulator takes per mailbox"
            + " request (each $batch sub-request, 4 at once) in the creates scenario (default ${DEFAULT-VALUE}).")
    long serviceTimeMs;
    @Option(names = "--budget", defaultValue = "1000", description = "Requests per window in the budget scenario"
                                                                     + " (default ${DEFAULT-VALUE}).")
    int budget;
    @Option(names = "--budget-window-s", defaultValue = "20", description = "The budget's window in seconds"
                                                                            + " (default ${DEFAULT-VALUE}).")
    int budgetWindowSeconds;
    @Option(names = "--budget-creates", defaultValue = "3000",
            description = "Creates in the budget scenario (default ${DEFAULT-VALUE}).")
    int budgetCreates;
    @Option(names = "--mailboxes", defaultValue = "20", description = "Mailboxes in the many-mailboxes scenario"
                                                                      + " (default ${DEFAULT-VALUE}).")
    int mailboxes;
    @Option(names = "--per-mailbox", defaultValue = "5000", description = "Contacts per mailbox (default"
                                                                          + " ${DEFAULT-VALUE}).")
    int perMailbox;
    @Option(names = "--push-changes", defaultValue = "1000",
            description = "Changes in the push scenario (default ${DEFAULT-VALUE}).")
    int pushChanges;
    @Option(names = "--push-burst", defaultValue = "10",
            description = "Changes per burst in the push scenario (default ${DEFAULT-VALUE}).")
    int pushBurst;
    @Option(names = "--push-gap-ms", defaultValue = "1000",
            description = "Mean random gap between bursts in the push scenario (default ${DEFAULT-VALUE}).")
    long pushGapMs;
    @Option(names = "--out", defaultValue = "target/benchmarks", description = "Where figures.json and the charts"
                                                                               + " go (default ${DEFAULT-VALUE}).")
    Path out;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new BenchmarkMain()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("benchmarks: " + e);
            return 1;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        for (String scenario : scenarios) {
            if (!SCENARIOS.contains(scenario)) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--scenarios: unknown scenario '"
                        + scenario + "'; use " + String.join(", ", SCENARIOS));
            }
        }
        for (List<String> clients : List.of(heapClients, largeClients)) {
            try {
                DeltaClients.named(clients);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), (clients == heapClients
                        ? "--heap-clients: " : "--large-clients: ") + e.getMessage());
            }
        }
        Set<String> chosen = Set.copyOf(scenarios);
        Figures figures = new Figures();
        figures.setting("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        figures.setting("cores", Runtime.getRuntime().availableProcessors());
        figures.setting("client JVMs", ChildRun.JVM_FLAGS.replace("<heap>", heap) + ", one JVM per run");
        figures.setting("contacts", contacts);
        figures.setting("page size", 200);
        try (EmulatorHost emulator = EmulatorHost.open()) {
            String folder = null;
            if (chosen.contains(FirstRoundScenario.NAME) || chosen.contains(MinimumHeapScenario.NAME)
                    || chosen.contains(IncrementalScenario.NAME)) {
                folder = emulator.folder(EmulatorHost.USER, "Big", contacts);
            }
            if (chosen.contains(FirstRoundScenario.NAME)) {
                FirstRoundScenario.run(emulator, folder, contacts, runs, heap, figures);
                figures.print(FirstRoundScenario.NAME, "1. First round of " + contacts + " contacts into a no-op"
                        + " route (medians of " + runs + " runs, -Xmx" + heap + ")");
            }
            if (chosen.contains(MinimumHeapScenario.NAME)) {
                MinimumHeapScenario.run(emulator, folder, contacts, heapCeilingMb, heapResolutionMb,
                        DeltaClients.named(heapClients), figures);
                figures.print(MinimumHeapScenario.NAME, "2. Smallest -Xmx that completes the first round of "
                        + contacts + " contacts (" + heapResolutionMb + " MB resolution)");
            }
            if (chosen.contains(LargeFolderScenario.NAME)) {
                LargeFolderScenario.run(emulator, largeContacts, largeHeap, largeState,
                        DeltaClients.named(largeClients), figures);
                figures.print(LargeFolderScenario.NAME, "2b. First round of " + largeContacts + " contacts at -Xmx"
                        + largeHeap);
            }
            if (chosen.contains(IncrementalScenario.NAME)) {
                IncrementalScenario.run(emulator, folder, contacts, figures);
                figures.print(IncrementalScenario.NAME, "3. Incremental round after 100 changes");
            }
            if (chosen.contains(CreatesScenario.NAME)) {
                CreatesScenario.run(emulator, creates, sdkOneByOne, Duration.ofMillis(latencyMs),
                        Duration.ofMillis(serviceTimeMs), figures);
                figures.print(CreatesScenario.NAME, "4. Creates with " + latencyMs + " ms latency per HTTP request and "
                        + serviceTimeMs + " ms service time per mailbox request");
            }
        }
        if (chosen.contains(BudgetScenario.NAME)) {
            BudgetScenario.run(budgetCreates, budget, Duration.ofSeconds(budgetWindowSeconds), figures);
            figures.print(BudgetScenario.NAME, "5. " + budgetCreates + " creates under a budget of " + budget
                    + " requests per " + budgetWindowSeconds + " s");
        }
        if (chosen.contains(MailboxesScenario.NAME)) {
            try (EmulatorHost emulator = EmulatorHost.open()) {
                MailboxesScenario.run(emulator, mailboxes, perMailbox, heap, figures);
                figures.print(MailboxesScenario.NAME, "6. " + mailboxes + " mailboxes in one Camel context");
            }
        }
        if (chosen.contains(PushScenario.NAME)) {
            PushScenario.run(pushChanges, pushBurst, pushGapMs, figures);
            figures.print(PushScenario.NAME, "7. From a change to its exchange: push beside polling at the same"
                    + " request count (" + pushChanges + " changes in bursts of " + pushBurst + ")");
        }
        figures.writeJson(out.resolve("figures.json"));
        Chart.bars(figures, FirstRoundScenario.NAME, "contacts/s", "First round, " + contacts + " contacts",
                "contacts/s", out.resolve("first-round.png"));
        Chart.bars(figures, MinimumHeapScenario.NAME, "min -Xmx MB", "Smallest -Xmx for the first round of "
                + contacts + " contacts", "MB", out.resolve("minimum-heap.png"));
        Chart.bars(figures, LargeFolderScenario.NAME, "contacts/s", "First round of " + largeContacts
                + " contacts at -Xmx" + largeHeap, "contacts/s", out.resolve("large-folder.png"));
        Chart.bars(figures, CreatesScenario.NAME, "creates/s", "Creates, " + latencyMs + " ms latency",
                "creates/s", out.resolve("creates.png"));
        System.out.println("\nFigures: " + out.resolve("figures.json") + "; charts: " + out.resolve("*.png"));
        return 0;
    }
}
