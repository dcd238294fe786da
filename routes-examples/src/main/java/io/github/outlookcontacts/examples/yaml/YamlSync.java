package io.github.outlookcontacts.examples.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import io.github.outlookcontacts.examples.crm.CrmServer;
import io.github.outlookcontacts.examples.support.ExampleMailbox;
import io.github.outlookcontacts.examples.support.IdleWatch;
import io.github.outlookcontacts.examples.support.PipelineMain;
import org.apache.camel.main.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Outlook → CRM in YAML DSL: boots Camel Main on {@code pipelines/outlook-to-crm-yaml/} (the route file and its
 * {@code application.properties}), pointed at the embedded emulator and a CRM in this JVM.
 */
@Command(name = "yaml-sync", mixinStandardHelpOptions = true,
        description = "Runs the YAML DSL Outlook-to-CRM route with Camel Main against the embedded Graph emulator.")
public final class YamlSync implements Callable<Integer> {

    /** The folder holding the route file and its properties. */
    public static final String LOCATION = "classpath:pipelines/outlook-to-crm-yaml/application.properties";

    @Option(names = "--seed", defaultValue = "50", description = "contacts in the emulator's folder (default: ${DEFAULT-VALUE})")
    int seed;

    public static void main(String[] args) {
        PipelineMain.run(new YamlSync(), args);
    }

    /**
     * Camel Main with the YAML route and its properties; {@code overrides} replace properties of the file (here: the
     * emulator's URL and token, the CRM's URL, the state file, the poll strategy).
     */
    public static Main camelMain(Map<String, String> overrides, IdleWatch idle) {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(LOCATION);
        overrides.forEach(main::addOverrideProperty);
        main.bind("idle", idle);
        return main;
    }

    /** Properties that point the YAML route at the emulator and a CRM. */
    public static Map<String, String> emulatorProperties(ExampleMailbox mailbox, String crmUrl, Path stateFile) {
        return Map.of("outlook.baseUrl", mailbox.baseUrl(), "outlook.accessToken", "example-token",
                "outlook.folder", ExampleMailbox.FOLDER, "outlook.delay", "100", "outlook.pollStrategy", "#idle",
                "outlook.stateFile", stateFile.toString(), "crm.url", crmUrl);
    }

    @Override
    public Integer call() throws Exception {
        Path state = Files.createTempFile("outlook-to-crm-yaml", ".dat");
        Files.delete(state);
        IdleWatch idle = new IdleWatch();
        try (CrmServer crm = CrmServer.start(0.1, 7); ExampleMailbox mailbox = ExampleMailbox.start(seed)) {
            Main main = camelMain(emulatorProperties(mailbox, crm.url(), state), idle);
            long start = IdleWatch.now();
            main.start();
            try {
                idle.awaitIdle(start, Duration.ofMinutes(5));
                int changes = mailbox.makeChanges();
                long changed = IdleWatch.now();
                idle.awaitIdle(changed, Duration.ofMinutes(5));
                System.out.printf("YAML route synced %d contacts and then %d changes: the CRM holds %d contacts "
                                  + "(the folder has %d)%n", seed, changes, crm.contacts().size(),
                        mailbox.contacts().size());
            } finally {
                main.stop();
            }
        } finally {
            for (String suffix : new String[] { "", ".journal", ".lock", ".tmp" }) {
                Files.deleteIfExists(Path.of(state + suffix));
            }
        }
        return 0;
    }
}
