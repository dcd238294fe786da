package io.github.outlookcontacts.auth;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Small helpers shared by the auth tests. */
final class AuthTestSupport {

    private AuthTestSupport() {
    }

    /** The exception as a log would print it: toString, messages and the whole cause chain with stack traces. */
    static String everythingPrinted(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
