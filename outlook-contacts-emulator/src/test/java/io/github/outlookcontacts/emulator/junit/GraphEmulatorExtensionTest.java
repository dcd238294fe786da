package io.github.outlookcontacts.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.github.outlookcontacts.emulator.WireClient;
import io.github.outlookcontacts.emulator.faults.FaultKind;
import io.github.outlookcontacts.emulator.http.Principal;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GraphEmulatorExtensionTest {

    @RegisterExtension
    static GraphEmulatorExtension EMULATOR = GraphEmulatorExtension.builder()
            .seedContacts(Principal.DEFAULT_USER, "", 3).build();

    private final WireClient client = new WireClient();

    @Test
    @Order(1)
    void emulatorIsRunningAndSeeded() throws Exception {
        HttpResponse<String> response = client.get(EMULATOR.baseUrl() + "/me/contacts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"value\"");
        assertThat(EMULATOR.store().contactCount(Principal.DEFAULT_USER,
                EMULATOR.store().defaultFolderId(Principal.DEFAULT_USER))).isEqualTo(3);
        assertThat(EMULATOR.throttling().requestCount("GET", "/me/contacts")).isEqualTo(1);
        HttpResponse<String> token = client.send("POST", "http://127.0.0.1:" + EMULATOR.port()
                + "/common/oauth2/v2.0/token", "grant_type=client_credentials&client_id=a&client_secret=s"
                + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(EMULATOR.identity().tokenRequests()).isEqualTo(1);
        // Left behind on purpose: the next test must not see it.
        EMULATOR.faults().failNext(5, FaultKind.INTERNAL_ERROR);
    }

    @Test
    @Order(2)
    void faultsAndCountersAreResetBeforeEachTest() throws Exception {
        assertThat(EMULATOR.throttling().totalRequests()).isZero();
        assertThat(EMULATOR.identity().tokenRequests()).isZero();

        assertThat(client.get(EMULATOR.baseUrl() + "/me/contacts").statusCode()).isEqualTo(200);
        assertThat(EMULATOR.faults().injectedTotal()).isZero();
    }
}
