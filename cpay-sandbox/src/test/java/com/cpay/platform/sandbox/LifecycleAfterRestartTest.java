package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.support.CpayHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With a state file, a restart does not strand orders half-way through their automatic lifecycle. */
class LifecycleAfterRestartTest {

    @Test
    void orders_on_their_automatic_lifecycle_go_on_after_a_restart_and_orders_put_by_hand_stay(@TempDir Path dir)
            throws Exception {
        String stateFile = dir.resolve("state.json").toString();
        Map<String, Object> slow = new HashMap<>(SandboxServer.FAST);
        slow.put("cpay.sandbox.state-file", stateFile);
        slow.put("cpay.sandbox.lifecycle.pending-delay", "1h");
        String automatic;
        String byHand;
        try (SandboxServer first = SandboxServer.start(slow)) {
            CpayHttp cpay = new CpayHttp(first.url(), first.merchantId(), first.secretKey());
            automatic = (String) cpay.post("createOrder", MerchantApiTest.createOrder("restart-1")).data().get("orderId");
            byHand = (String) cpay.post("createOrder", MerchantApiTest.createOrder("restart-2")).data().get("orderId");
            first.control().moveOrder(byHand, "PROCESSING");
            assertThat(first.control().order(automatic).status()).isEqualTo("PENDING");
        }

        Map<String, Object> fast = new HashMap<>(SandboxServer.FAST);
        fast.put("cpay.sandbox.state-file", stateFile);
        try (SandboxServer second = SandboxServer.start(fast)) {
            OrderView done = second.control().awaitOrder(automatic, o -> o.status().equals("COMPLETED"),
                    Duration.ofSeconds(5));
            assertThat(done.history()).extracting(h -> h.status())
                    .containsExactly("PENDING", "PROCESSING", "COMPLETED");
            // the automatic steps are 50 ms here: the order moved by hand would have completed by now
            Thread.sleep(500);
            assertThat(second.control().order(byHand).status()).isEqualTo("PROCESSING");
        }
    }
}
