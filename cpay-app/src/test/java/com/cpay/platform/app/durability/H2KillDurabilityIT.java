package com.cpay.platform.app.durability;

import com.cpay.platform.app.support.AppProcess;
import com.cpay.platform.app.support.Http;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default mode (H2 file database under {@code ./data}, no datasource configured) loses nothing it answered 201
 * for when the process is killed with SIGKILL in the middle of a burst of creations. Before WRITE_DELAY=0, H2 kept up
 * to half a second of commits in memory and a run of three lost an acknowledged order.
 */
class H2KillDurabilityIT {

    private static final int WRITERS = 4;
    private static final int ACKS_BEFORE_KILL = 30;

    @Test
    void every_order_answered_201_before_a_kill_9_is_there_after_the_restart() throws Exception {
        Path dir = Path.of("target", "durability", "kill-" + UUID.randomUUID()).toAbsolutePath();
        int port = AppProcess.freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();

        try (AppProcess app = AppProcess.start(dir, port, Map.of())) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int i = 0; i < WRITERS; i++) {
                writers.submit(() -> createUntilStopped(app.http(), acknowledged, stop));
            }
            while (acknowledged.size() < ACKS_BEFORE_KILL && app.isAlive()) {
                Thread.sleep(20);
            }
            // killed while the writers are still sending: some requests are mid-transaction
            app.kill();
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        try (AppProcess restarted = AppProcess.start(dir, port, Map.of())) {
            Http http = restarted.http();
            List<String> missing = acknowledged.stream()
                    .filter(tradeNo -> http.get("api/v1/orders/" + tradeNo, "Authorization", Http.bearer())
                            .statusCode() != 200)
                    .toList();
            assertThat(missing).as("orders answered 201 and gone after kill -9 (of %d)", acknowledged.size())
                    .isEmpty();
        }
    }

    private static void createUntilStopped(Http http, Set<String> acknowledged, AtomicBoolean stop) {
        while (!stop.get()) {
            String tradeNo = "kill" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            try {
                HttpResponse<String> answer = http.postJson("api/v1/deposits",
                        "{\"userId\":\"user-1\",\"merchantTradeNo\":\"" + tradeNo
                                + "\",\"cryptoCurrency\":\"USDT\",\"amount\":\"25\"}");
                if (answer.statusCode() == 201) {
                    acknowledged.add(tradeNo);
                }
            } catch (IllegalStateException connectionLost) {
                return;
            }
        }
    }
}
