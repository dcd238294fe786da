package io.github.outlookcontacts.camel.dataformat.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * Text input that may start with a byte-order mark (Windows tools, Excel and some Outlook versions write one): the
 * mark is skipped, never read as part of the first field.
 */
public final class TextInput {

    private static final int BOM = '\uFEFF';

    private TextInput() {
    }

    /** A buffered reader of {@code in} in {@code charset}, past a leading BOM if there is one. */
    public static BufferedReader reader(InputStream in, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    /** The whole text of {@code in}, past a leading BOM. */
    public static String read(InputStream in, Charset charset) throws IOException {
        try (Reader reader = reader(in, charset)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0;) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }
}
