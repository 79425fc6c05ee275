package com.cpay.platform.app.console;

import static com.cpay.platform.app.console.ConsoleClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.TestApp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In live mode the simulator's console pages do not exist and nothing links to them. */
class ConsoleLiveModeTest {

    @Test
    void a_live_instance_has_no_simulator_pages_and_no_link_to_them() {
        try (TestApp cpay = TestApp.start();
             ApplicationContext live = ApplicationContext.run(EmbeddedServer.class, TestApp.properties(
                     ConsoleFixtures.accounts(Map.of("cpay.mode", "live", "cpay.base-url", cpay.url().toString(),
                             "cpay.merchant-id", "20003092", "cpay.secret-key", "sandbox-secret-key-change-me",
                             "cpay.api-tokens", "live-token-0123456789abcdef")))).getApplicationContext()) {
            ConsoleClient alice = new ConsoleClient(URI.create("http://localhost:"
                    + live.getBean(EmbeddedServer.class).getPort()));
            assertThat(alice.login("alice", "alice-password").statusCode()).isEqualTo(303);

            String orders = alice.get("/console/orders").body();
            assertThat(orders).contains("Reconciliation").doesNotContain("/console/simulator")
                    .doesNotContain("Simulator");
            assertThat(alice.get("/console/simulator").statusCode()).isEqualTo(404);
            assertThat(alice.postFrom("/console/orders", "/console/simulator/move",
                    form("merchantTradeNo", "x", "status", "COMPLETED")).statusCode()).isEqualTo(404);
            assertThat(alice.postFrom("/console/orders", "/console/simulator/faults/clear", form()).statusCode())
                    .isEqualTo(404);
            assertThat(alice.get("/console/reconciliation").statusCode()).isEqualTo(200);
        }
    }
}
