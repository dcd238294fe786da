package io.github.outlookcontacts.examples.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.outlookcontacts.examples.crm.OutlookToCrm;
import io.github.outlookcontacts.examples.csv.OutlookToCsv;
import io.github.outlookcontacts.examples.csvimport.CsvToOutlook;
import io.github.outlookcontacts.examples.kafka.OutlookToKafka;
import io.github.outlookcontacts.examples.mailboxes.ManyMailboxes;
import io.github.outlookcontacts.examples.yaml.YamlSync;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pipeline's command line: --help works, a bad option is one line on stderr and exit code 2. */
class PipelineMainTest {

    static Stream<Supplier<Callable<Integer>>> pipelines() {
        return Stream.of(OutlookToCsv::new, OutlookToKafka::new, CsvToOutlook::new, OutlookToCrm::new, YamlSync::new,
                ManyMailboxes::new);
    }

    @ParameterizedTest
    @MethodSource("pipelines")
    void badOptionsAreOneLineAndHelpWorks(Supplier<Callable<Integer>> pipeline) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(PipelineMain.execute(pipeline.get(), new String[] { "--no-such-option" })).isEqualTo(2);
            assertThat(PipelineMain.execute(pipeline.get(), new String[] { "--seed" })).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).lines())
                .hasSize(2)
                .allMatch(line -> line.startsWith("error: ") && line.endsWith("(--help lists the options)"));

        PrintStream out = System.out;
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(help, true, StandardCharsets.UTF_8));
            assertThat(PipelineMain.execute(pipeline.get(), new String[] { "--help" })).isZero();
        } finally {
            System.setOut(out);
        }
        assertThat(help.toString(StandardCharsets.UTF_8)).contains("Usage:", "--help");
    }
}
