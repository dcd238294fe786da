package io.github.outlookcontacts.camel.dataformat;

import java.util.List;

import io.github.outlookcontacts.camel.dataformat.support.DataFormatProblem;
import io.github.outlookcontacts.camel.dataformat.support.RecordProblems;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the route which records a lenient unmarshal skipped: the {@link ContactDataFormatConstants#PROBLEMS} header
 * (removed when there were none, so a stale list never survives) and one WARN line.
 */
final class UnmarshalReport {

    private static final Logger LOG = LoggerFactory.getLogger(UnmarshalReport.class);

    private UnmarshalReport() {
    }

    static void report(String format, Exchange exchange, RecordProblems problems) {
        List<DataFormatProblem> skipped = problems.skipped();
        if (skipped.isEmpty()) {
            exchange.getMessage().removeHeader(ContactDataFormatConstants.PROBLEMS);
            return;
        }
        exchange.getMessage().setHeader(ContactDataFormatConstants.PROBLEMS, skipped);
        LOG.warn("{}: skipped {} malformed record(s), listed in header {}; first: {}", format,
                skipped.stream().map(DataFormatProblem::record).distinct().count(),
                ContactDataFormatConstants.PROBLEMS, problems.describe(skipped.get(0)));
    }
}
