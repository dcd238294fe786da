package io.github.outlookcontacts.camel.dataformat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.github.outlookcontacts.camel.dataformat.csv.OutlookCsvCodec;
import io.github.outlookcontacts.camel.dataformat.csv.OutlookCsvRows;
import io.github.outlookcontacts.camel.dataformat.support.RecordProblems;
import io.github.outlookcontacts.camel.dataformat.support.TextInput;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.spi.DataFormatName;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Dataformat;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Marshal Outlook contacts to, and unmarshal them from, the CSV layout of Outlook desktop's own contacts export.
 */
@Dataformat(OutlookCsvDataFormat.NAME)
@Metadata(firstVersion = "0.1.0", title = "Outlook CSV", label = "dataformat,transformation,csv",
          description = "Marshal Outlook contacts to, and unmarshal them from, the CSV layout of Outlook desktop's"
                        + " contacts export.")
@Configurer
public class OutlookCsvDataFormat extends ServiceSupport implements DataFormat, DataFormatName {

    public static final String NAME = "outlook-csv";

    @Metadata(description = "Unmarshal: skip malformed rows and list them in the CamelOutlookContactsDataFormatProblems"
                            + " header instead of failing the whole message.",
              defaultValue = "false")
    private boolean lenient;
    @Metadata(description = "The pattern of the Birthday column, Outlook's short date format (java.time pattern);"
                            + " unmarshal also accepts yyyy-MM-dd.",
              defaultValue = "M/d/yyyy")
    private String dateFormat = "M/d/yyyy";
    @Metadata(description = "The file's character encoding; a leading byte-order mark is skipped when reading.",
              defaultValue = "UTF-8")
    private String charset = "UTF-8";
    @Metadata(description = "Marshal: start a UTF-8 file with a byte-order mark, which Outlook and Excel need to read"
                            + " non-ASCII text as UTF-8.",
              defaultValue = "true")
    private boolean writeBom = true;
    @Metadata(description = "Marshal: set the Content-Type header to text/csv.", defaultValue = "true")
    private boolean contentTypeHeader = true;

    @Override
    public String getDataFormatName() {
        return NAME;
    }

    @Override
    public void marshal(Exchange exchange, Object graph, OutputStream stream) throws Exception {
        Iterable<Contact> contacts = MarshalBodies.contacts(NAME, exchange, graph);
        Charset cs = Charset.forName(charset);
        if (writeBom && cs.name().startsWith("UTF-8")) {
            stream.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        }
        Writer writer = new OutputStreamWriter(stream, cs);
        codec().write(contacts, writer);
        if (contentTypeHeader) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/csv;charset=" + cs.name());
        }
    }

    @Override
    public Object unmarshal(Exchange exchange, InputStream stream) throws Exception {
        RecordProblems problems = new RecordProblems(lenient, "row", "column");
        List<Contact> contacts;
        try (Reader reader = TextInput.reader(stream, Charset.forName(charset))) {
            contacts = codec().read(reader, problems);
        }
        UnmarshalReport.report(NAME, exchange, problems);
        return contacts;
    }

    private OutlookCsvCodec codec() {
        return new OutlookCsvCodec(new OutlookCsvRows(dateFormat));
    }

    public boolean isLenient() {
        return lenient;
    }

    /** Unmarshal: skip malformed rows and report them in a header instead of failing (default false). */
    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public String getDateFormat() {
        return dateFormat;
    }

    /** The Birthday column's date pattern (default M/d/yyyy, Outlook in US English). */
    public void setDateFormat(String dateFormat) {
        try {
            DateTimeFormatter.ofPattern(dateFormat);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("outlook-csv: dateFormat \"" + dateFormat
                                               + "\" is not a java.time date pattern such as M/d/yyyy or dd.MM.yyyy",
                    e);
        }
        this.dateFormat = dateFormat;
    }

    public String getCharset() {
        return charset;
    }

    /** The file's character encoding (default UTF-8). */
    public void setCharset(String charset) {
        try {
            Charset.forName(charset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("outlook-csv: charset \"" + charset + "\" is not supported; use UTF-8"
                                               + " or windows-1252",
                    e);
        }
        this.charset = charset;
    }

    public boolean isWriteBom() {
        return writeBom;
    }

    /** Marshal: write a UTF-8 byte-order mark first (default true). */
    public void setWriteBom(boolean writeBom) {
        this.writeBom = writeBom;
    }

    public boolean isContentTypeHeader() {
        return contentTypeHeader;
    }

    /** Marshal: set the Content-Type header (default true). */
    public void setContentTypeHeader(boolean contentTypeHeader) {
        this.contentTypeHeader = contentTypeHeader;
    }

}
