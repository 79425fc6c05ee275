package com.cpay.platform.app.durability;

import com.cpay.platform.app.support.AppProcess;
import com.cpay.platform.app.support.Http;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM while a request is waiting on C-Pay: the request still gets its answer, the H2 database stays open until
 * it has (H2's own shutdown hook would close it under the request: DB_CLOSE_ON_EXIT=FALSE), and the order is there
 * after the restart.
 */
class GracefulShutdownIT {

    @Test
    void a_request_in_flight_at_sigterm_finishes_and_its_order_survives() throws Exception {
        Path dir = Path.of("target", "durability", "term-" + UUID.randomUUID()).toAbsolutePath();
        int port = AppProcess.freePort();
        String tradeNo = "term" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        HttpResponse<String> answer;

        try (AppProcess app = AppProcess.start(dir, port, Map.of())) {
            Http http = app.http();
            HttpResponse<String> fault = http.post("sandbox/v1/faults",
                    "{\"operation\":\"createOrder\",\"kind\":\"LATENCY\",\"latencyMs\":4000}",
                    "Content-Type", "application/json");
            assertThat(fault.statusCode()).isBetween(200, 299);

            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> http.postJson(
                    "api/v1/deposits", "{\"userId\":\"user-1\",\"merchantTradeNo\":\"" + tradeNo
                            + "\",\"cryptoCurrency\":\"USDT\",\"amount\":\"25\"}"));
            awaitSimulatorReceived(http, tradeNo);

            int exit = app.terminate(Duration.ofSeconds(40));
            answer = inFlight.get(40, TimeUnit.SECONDS);
            assertThat(exit).as("the process ends by itself after the drain").isNotEqualTo(-1);
            assertThat(app.log()).doesNotContain("Database is already closed").doesNotContain("90121");
        }

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        try (AppProcess restarted = AppProcess.start(dir, port, Map.of())) {
            HttpResponse<String> order = restarted.http().get("api/v1/orders/" + tradeNo,
                    "Authorization", Http.bearer());
            assertThat(order.statusCode()).isEqualTo(200);
            assertThat(order.body()).contains("\"cpayOrderId\"");
        }
    }

    /**
     * Waits until the order is recorded (it is, before C-Pay is called) and a moment more, so SIGTERM lands while the
     * simulator holds the createOrder call (4 s of latency).
     */
    private static void awaitSimulatorReceived(Http http, String tradeNo) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            if (http.get("api/v1/orders/" + tradeNo, "Authorization", Http.bearer()).statusCode() == 200) {
                break;
            }
            Thread.sleep(50);
        }
        Thread.sleep(500);
    }
}
