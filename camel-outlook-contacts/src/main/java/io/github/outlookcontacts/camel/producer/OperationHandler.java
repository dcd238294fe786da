package io.github.outlookcontacts.camel.producer;

import org.apache.camel.Exchange;

/**
 * Carries out one producer operation on an exchange: reads headers and body, calls Graph, writes the result.
 */
@FunctionalInterface
public interface OperationHandler {

    void process(Exchange exchange) throws Exception;
}
