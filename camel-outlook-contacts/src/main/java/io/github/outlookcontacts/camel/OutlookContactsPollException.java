package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.graph.GraphException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A poll failed against Graph; carries the HTTP status so Camel's consumer health check reports it.
 */
public class OutlookContactsPollException extends Exception implements HttpResponseAware {

    private int status;

    public OutlookContactsPollException(GraphException cause) {
        super(cause.getMessage(), cause);
        this.status = cause.getStatus();
    }

    @Override
    public int getHttpResponseCode() {
        return status;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.status = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return status == 0 ? "no response" : String.valueOf(status);
    }

    @Override
    public void setHttpResponseStatus(String ignored) {
        // the status text is derived from the code
    }
}
