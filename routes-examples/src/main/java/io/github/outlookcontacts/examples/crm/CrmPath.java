package io.github.outlookcontacts.examples.crm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Sets {@code CamelHttpPath} to {@code /{contact id}}, percent-encoded: an id is never spliced raw into a URL. A
 * processor (not a Simple expression) so that the Java and the YAML route share it.
 */
public final class CrmPath implements Processor {

    @Override
    public void process(Exchange exchange) {
        String id = exchange.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID, String.class);
        exchange.getMessage().setHeader(Exchange.HTTP_PATH, "/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }
}
