package io.github.outlookcontacts.emulator.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;

/**
 * The emulator's stand-in for microsoft.com/devicelogin: a form where a person enters the code shown by the app and
 * the user name to sign in as (no password: this is an emulator), which approves or declines the device code.
 */
final class DeviceLoginPage {

    private DeviceLoginPage() {
    }

    static ApiResponse handle(ApiRequest request, DeviceAuthorizations devices, Clock clock) {
        if (!"POST".equals(request.method())) {
            return html(200, "<h1>Sign in to the Graph emulator</h1>"
                    + "<form method='post'><p>Code <input name='user_code' autofocus></p>"
                    + "<p>Sign in as <input name='username' value='" + io.github.outlookcontacts.emulator.http
                            .Principal.DEFAULT_USER + "'></p>"
                    + "<p><button name='action' value='approve'>Continue</button> "
                    + "<button name='action' value='decline'>Cancel</button></p></form>");
        }
        Map<String, String> form = IdentityPaths.form(request);
        String code = form.getOrDefault("user_code", "");
        String user = form.getOrDefault("username", "").trim();
        boolean decline = "decline".equals(form.get("action"));
        if (!decline && user.isEmpty()) {
            return html(400, "<p>Enter the user name to sign in as.</p>");
        }
        boolean done = decline ? devices.decline(code, clock.instant())
                : devices.approve(code, user, clock.instant());
        if (!done) {
            return html(400, "<p>That code is unknown, expired or already used. Check the code and try again.</p>");
        }
        return html(200, decline ? "<p>Sign-in cancelled. You can close this window.</p>"
                : "<p>You have signed in as " + escape(user) + ". You can close this window.</p>");
    }

    private static ApiResponse html(int status, String body) {
        String page = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Graph emulator sign-in</title></head>"
                + "<body>" + body + "</body></html>";
        return new ApiResponse(status, page.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "text/html; charset=utf-8");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
